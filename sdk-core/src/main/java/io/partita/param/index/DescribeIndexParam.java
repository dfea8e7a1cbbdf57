package io.partita.param.index;

import io.partita.param.ParamUtils;

/**
 * Describes the index on a field.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class DescribeIndexParam {
    private final String collectionName;
    private final String fieldName;
    private final String indexName;

    private DescribeIndexParam(Builder b) {
        this.collectionName = b.collectionName;
        this.fieldName = b.fieldName;
        this.indexName = b.indexName;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return the field whose index to describe; empty for all */
    public String getFieldName() {
        return fieldName;
    }

    /** @return the index name; empty for the field's index */
    public String getIndexName() {
        return indexName;
    }

    @Override
    public String toString() {
        return "DescribeIndexParam{"
            + "collectionName=" + collectionName
            + ", fieldName=" + fieldName
            + ", indexName=" + indexName
            + "}";
    }

    /** Builder for {@link DescribeIndexParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private String fieldName = "";
        private String indexName = "";

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
         * @param fieldName the field whose index to describe; empty for all; default ""
         * @return this
         */
        public Builder withFieldName(String fieldName) {
            this.fieldName = fieldName;
            return this;
        }

        /**
         * @param indexName the index name; empty for the field's index; default ""
         * @return this
         */
        public Builder withIndexName(String indexName) {
            this.indexName = indexName;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DescribeIndexParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            ParamUtils.checkNotNull(fieldName, "fieldName");
            ParamUtils.checkNotNull(indexName, "indexName");
            return new DescribeIndexParam(this);
        }
    }
}
