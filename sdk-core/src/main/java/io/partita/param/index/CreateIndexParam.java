package io.partita.param.index;

import io.partita.exception.ParamException;
import io.partita.param.IndexType;
import io.partita.param.MetricType;
import io.partita.param.ParamUtils;

/**
 * Builds an index on a vector field.
 * <p>With {@code syncMode} on (the default) the client waits until the index is built, polling every
 * {@code syncWaitingInterval} milliseconds for at most {@code syncWaitingTimeout} seconds.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class CreateIndexParam {
    private final String collectionName;
    private final String fieldName;
    private final String indexName;
    private final IndexType indexType;
    private final MetricType metricType;
    private final String extraParam;
    private final boolean syncMode;
    private final long syncWaitingInterval;
    private final long syncWaitingTimeout;

    private CreateIndexParam(Builder b) {
        this.collectionName = b.collectionName;
        this.fieldName = b.fieldName;
        this.indexName = b.indexName;
        this.indexType = b.indexType;
        this.metricType = b.metricType;
        this.extraParam = b.extraParam;
        this.syncMode = b.syncMode;
        this.syncWaitingInterval = b.syncWaitingInterval;
        this.syncWaitingTimeout = b.syncWaitingTimeout;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return the vector field to index */
    public String getFieldName() {
        return fieldName;
    }

    /** @return the index name */
    public String getIndexName() {
        return indexName;
    }

    /** @return the index type; required, not {@code INVALID} */
    public IndexType getIndexType() {
        return indexType;
    }

    /** @return the metric; required, not {@code INVALID} */
    public MetricType getMetricType() {
        return metricType;
    }

    /** @return index build parameters as JSON, e.g. {@code {"nlist":1024}} */
    public String getExtraParam() {
        return extraParam;
    }

    /** @return whether to wait until the index is built */
    public boolean isSyncMode() {
        return syncMode;
    }

    /** @return the polling interval of a synchronous build, in milliseconds (1 to 2000) */
    public long getSyncWaitingInterval() {
        return syncWaitingInterval;
    }

    /** @return the waiting timeout of a synchronous build, in seconds (1 to 3600) */
    public long getSyncWaitingTimeout() {
        return syncWaitingTimeout;
    }

    @Override
    public String toString() {
        return "CreateIndexParam{"
                + "collectionName=" + collectionName
                + ", fieldName=" + fieldName
                + ", indexName=" + indexName
                + ", indexType=" + indexType
                + ", metricType=" + metricType
                + ", extraParam=" + extraParam
                + ", syncMode=" + syncMode
                + ", syncWaitingInterval=" + syncWaitingInterval
                + ", syncWaitingTimeout=" + syncWaitingTimeout
                + "}";
    }

    /** Builder for {@link CreateIndexParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private String fieldName;
        private String indexName = "_default_idx";
        private IndexType indexType;
        private MetricType metricType;
        private String extraParam = "{}";
        private Boolean syncMode = true;
        private Long syncWaitingInterval = 500L;
        private Long syncWaitingTimeout = 600L;

        private Builder() {}

        /**
         * @param collectionName the collection name
         * @return this
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }

        /**
         * @param fieldName the vector field to index
         * @return this
         */
        public Builder withFieldName(String fieldName) {
            this.fieldName = fieldName;
            return this;
        }

        /**
         * @param indexName the index name; default "_default_idx"
         * @return this
         */
        public Builder withIndexName(String indexName) {
            this.indexName = indexName;
            return this;
        }

        /**
         * @param indexType the index type; required, not {@code INVALID}
         * @return this
         */
        public Builder withIndexType(IndexType indexType) {
            this.indexType = indexType;
            return this;
        }

        /**
         * @param metricType the metric; required, not {@code INVALID}
         * @return this
         */
        public Builder withMetricType(MetricType metricType) {
            this.metricType = metricType;
            return this;
        }

        /**
         * @param extraParam index build parameters as JSON, e.g. {@code {"nlist":1024}}; default "{}"
         * @return this
         */
        public Builder withExtraParam(String extraParam) {
            this.extraParam = extraParam;
            return this;
        }

        /**
         * @param syncMode whether to wait until the index is built; default true
         * @return this
         */
        public Builder withSyncMode(Boolean syncMode) {
            this.syncMode = syncMode;
            return this;
        }

        /**
         * @param syncWaitingInterval the polling interval of a synchronous build, in milliseconds (1 to 2000); default 500
         * @return this
         */
        public Builder withSyncWaitingInterval(Long syncWaitingInterval) {
            this.syncWaitingInterval = syncWaitingInterval;
            return this;
        }

        /**
         * @param syncWaitingTimeout the waiting timeout of a synchronous build, in seconds (1 to 3600); default 600
         * @return this
         */
        public Builder withSyncWaitingTimeout(Long syncWaitingTimeout) {
            this.syncWaitingTimeout = syncWaitingTimeout;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public CreateIndexParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            ParamUtils.checkNotEmpty(fieldName, "fieldName");
            ParamUtils.checkNotNull(indexName, "indexName");
            ParamUtils.checkNotNull(indexType, "indexType");
            ParamUtils.checkNotNull(metricType, "metricType");
            ParamUtils.checkNotNull(extraParam, "extraParam");
            ParamUtils.checkNotNull(syncMode, "syncMode");
            ParamUtils.checkNotNull(syncWaitingInterval, "syncWaitingInterval");
            ParamUtils.checkRange(syncWaitingInterval, 1, 2000, "syncWaitingInterval");
            ParamUtils.checkNotNull(syncWaitingTimeout, "syncWaitingTimeout");
            ParamUtils.checkRange(syncWaitingTimeout, 1, 3600, "syncWaitingTimeout");
            if (indexType == IndexType.INVALID) {
                throw new ParamException("indexType must not be INVALID");
            }
            if (metricType == MetricType.INVALID) {
                throw new ParamException("metricType must not be INVALID");
            }
            return new CreateIndexParam(this);
        }
    }
}
