package io.partita.param.partition;

import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Releases partitions of a collection from memory.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class ReleasePartitionsParam {
    private final String collectionName;
    private final List<String> partitionNames;

    private ReleasePartitionsParam(Builder b) {
        this.collectionName = b.collectionName;
        this.partitionNames = b.partitionNames;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return the partition names */
    public List<String> getPartitionNames() {
        return partitionNames;
    }

    @Override
    public String toString() {
        return "ReleasePartitionsParam{"
            + "collectionName=" + collectionName
            + ", partitionNames=" + partitionNames
            + "}";
    }

    /** Builder for {@link ReleasePartitionsParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private List<String> partitionNames = List.of();

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
         * @param partitionNames the partition names
         * @return this
         */
        public Builder withPartitionNames(List<String> partitionNames) {
            this.partitionNames = partitionNames;
            return this;
        }

        /**
         * @param partitionName one more element of {@code partitionNames}
         * @return this
         */
        public Builder addPartitionName(String partitionName) {
            if (this.partitionNames == null) {
                this.partitionNames = new ArrayList<>();
            } else {
                this.partitionNames = new ArrayList<>(this.partitionNames);
            }
            this.partitionNames.add(partitionName);
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public ReleasePartitionsParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            partitionNames = ParamUtils.checkPartitionNames(partitionNames, "partitionNames", false);
            return new ReleasePartitionsParam(this);
        }
    }
}
