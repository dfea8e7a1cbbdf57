package io.partita.param.control;

import io.partita.param.ParamUtils;

/**
 * Starts a compaction of a collection.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class ManualCompactionParam {
    private final String collectionName;

    private ManualCompactionParam(Builder b) {
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
        return "ManualCompactionParam{"
            + "collectionName=" + collectionName
            + "}";
    }

    /** Builder for {@link ManualCompactionParam}; not thread-safe. */
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
        public ManualCompactionParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            return new ManualCompactionParam(this);
        }
    }
}
