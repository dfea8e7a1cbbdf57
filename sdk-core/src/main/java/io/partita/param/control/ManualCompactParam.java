package io.partita.param.control;

import io.partita.param.ParamUtils;

/**
 * The official SDK's name for {@link ManualCompactionParam}: starts a compaction of a collection
 * through {@link io.partita.client.MilvusClient#manualCompact}, the same call as
 * {@code manualCompaction}.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} when the collection name is empty.
 */
public class ManualCompactParam {
    private final String collectionName;

    private ManualCompactParam(Builder builder) {
        this.collectionName = builder.collectionName;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection to compact */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return the same request under Partita's name */
    public ManualCompactionParam toManualCompactionParam() {
        return ManualCompactionParam.newBuilder()
                .withCollectionName(collectionName)
                .build();
    }

    @Override
    public String toString() {
        return "ManualCompactParam{collectionName='" + collectionName + "'}";
    }

    /** Builder for {@link ManualCompactParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;

        private Builder() {}

        /**
         * @param collectionName the collection to compact
         * @return this
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException when the collection name is empty
         */
        public ManualCompactParam build() {
            ParamUtils.checkNotEmpty(collectionName, "collectionName");
            return new ManualCompactParam(this);
        }
    }
}
