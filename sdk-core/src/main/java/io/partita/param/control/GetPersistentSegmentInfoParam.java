package io.partita.param.control;

import io.partita.param.ParamUtils;

/**
 * Lists the persisted segments of a collection.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class GetPersistentSegmentInfoParam {
    private final String collectionName;

    private GetPersistentSegmentInfoParam(Builder b) {
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
        return "GetPersistentSegmentInfoParam{"
            + "collectionName=" + collectionName
            + "}";
    }

    /** Builder for {@link GetPersistentSegmentInfoParam}; not thread-safe. */
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
        public GetPersistentSegmentInfoParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            return new GetPersistentSegmentInfoParam(this);
        }
    }
}
