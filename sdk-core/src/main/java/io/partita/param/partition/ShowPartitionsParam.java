package io.partita.param.partition;

import io.partita.model.ShowType;
import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the partitions of a collection; with {@code ShowType.InMemory}, with their loading percentages.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class ShowPartitionsParam {
    private final String collectionName;
    private final List<String> partitionNames;
    private final ShowType showType;

    private ShowPartitionsParam(Builder b) {
        this.collectionName = b.collectionName;
        this.partitionNames = b.partitionNames;
        this.showType = b.showType;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return the partitions to report on; empty for all */
    public List<String> getPartitionNames() {
        return partitionNames;
    }

    /** @return {@code All} or {@code InMemory} */
    public ShowType getShowType() {
        return showType;
    }

    @Override
    public String toString() {
        return "ShowPartitionsParam{"
            + "collectionName=" + collectionName
            + ", partitionNames=" + partitionNames
            + ", showType=" + showType
            + "}";
    }

    /** Builder for {@link ShowPartitionsParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private List<String> partitionNames = List.of();
        private ShowType showType = ShowType.All;

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
         * @param partitionNames the partitions to report on; empty for all
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
         * @param showType {@code All} or {@code InMemory}; default {@code ShowType.All}
         * @return this
         */
        public Builder withShowType(ShowType showType) {
            this.showType = showType;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public ShowPartitionsParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            partitionNames = ParamUtils.checkPartitionNames(partitionNames, "partitionNames", true);
            ParamUtils.checkNotNull(showType, "showType");
            return new ShowPartitionsParam(this);
        }
    }
}
