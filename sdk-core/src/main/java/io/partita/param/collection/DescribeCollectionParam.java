package io.partita.param.collection;

import io.partita.param.ParamUtils;

/**
 * Describes a collection: schema, id, aliases, consistency.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class DescribeCollectionParam {
    private final String collectionName;

    private DescribeCollectionParam(Builder b) {
        this.collectionName = b.collectionName;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }

    @Override
    public String toString() {
        return "DescribeCollectionParam{"
            + "collectionName=" + collectionName
            + "}";
    }

    /** Builder for {@link DescribeCollectionParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;

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
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DescribeCollectionParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            return new DescribeCollectionParam(this);
        }
    }
}
