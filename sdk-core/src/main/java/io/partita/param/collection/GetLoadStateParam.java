package io.partita.param.collection;

import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the load state (NotExist, NotLoad, Loading, Loaded) of a collection or of some of its partitions.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class GetLoadStateParam {
    private final String collectionName;
    private final List<String> partitionNames;

    private GetLoadStateParam(Builder b) {
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

    /** @return the partitions to report on; empty for the whole collection */
    public List<String> getPartitionNames() {
        return partitionNames;
    }

    @Override
    public String toString() {
        return "GetLoadStateParam{"
            + "collectionName=" + collectionName
            + ", partitionNames=" + partitionNames
            + "}";
    }

    /** Builder for {@link GetLoadStateParam}; not thread-safe. */
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
         * @param partitionNames the partitions to report on; empty for the whole collection
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
        public GetLoadStateParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            partitionNames = ParamUtils.checkPartitionNames(partitionNames, "partitionNames", true);
            return new GetLoadStateParam(this);
        }
    }
}
