package io.partita.param.collection;

import io.partita.param.ParamUtils;

/**
 * Reads the statistics (row count) of a collection.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class GetCollectionStatisticsParam {
    private final String collectionName;
    private final boolean flush;

    private GetCollectionStatisticsParam(Builder b) {
        this.collectionName = b.collectionName;
        this.flush = b.flush;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return whether to flush the collection first so the row count is exact */
    public boolean isFlush() {
        return flush;
    }

    /** @return whether to flush first (the official accessor name) */
    public boolean isFlushCollection() {
        return flush;
    }

    @Override
    public String toString() {
        return "GetCollectionStatisticsParam{" + "collectionName=" + collectionName + ", flush=" + flush + "}";
    }

    /** Builder for {@link GetCollectionStatisticsParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private Boolean flush = true;

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
         * @param flush whether to flush the collection first so the row count is exact; default true
         * @return this
         */
        public Builder withFlush(Boolean flush) {
            this.flush = flush;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public GetCollectionStatisticsParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            ParamUtils.checkNotNull(flush, "flush");
            return new GetCollectionStatisticsParam(this);
        }
    }
}
