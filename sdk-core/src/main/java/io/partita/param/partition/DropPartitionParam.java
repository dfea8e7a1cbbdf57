package io.partita.param.partition;

import io.partita.param.ParamUtils;

/**
 * Drops a partition (not {@code _default}); a loaded partition is released first.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class DropPartitionParam {
    private final String collectionName;
    private final String partitionName;

    private DropPartitionParam(Builder b) {
        this.collectionName = b.collectionName;
        this.partitionName = b.partitionName;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return the partition name */
    public String getPartitionName() {
        return partitionName;
    }

    @Override
    public String toString() {
        return "DropPartitionParam{"
            + "collectionName=" + collectionName
            + ", partitionName=" + partitionName
            + "}";
    }

    /** Builder for {@link DropPartitionParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private String partitionName;

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
         * @param partitionName the partition name
         * @return this
         */
        public Builder withPartitionName(String partitionName) {
            this.partitionName = partitionName;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DropPartitionParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            partitionName = ParamUtils.checkPartitionName(partitionName, "partitionName");
            return new DropPartitionParam(this);
        }
    }
}
