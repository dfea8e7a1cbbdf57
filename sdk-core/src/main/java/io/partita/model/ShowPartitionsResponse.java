package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to ShowPartitions: the partitions of one collection, in matching order.
 * With {@code ShowType.InMemory} the in-memory percentages are filled (0 to 100 per partition).
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class ShowPartitionsResponse extends StatusAnswer {
    private final List<String> partitionNames;
    private final List<Long> partitionIDs;
    private final List<Long> createdTimestamps;
    private final List<Long> createdUtcTimestamps;
    private final List<Long> inMemoryPercentages;

    private ShowPartitionsResponse(Builder b) {
        super(b.status);
        this.partitionNames = Collections.unmodifiableList(new ArrayList<>(b.partitionNames));
        this.partitionIDs = Collections.unmodifiableList(new ArrayList<>(b.partitionIDs));
        this.createdTimestamps = Collections.unmodifiableList(new ArrayList<>(b.createdTimestamps));
        this.createdUtcTimestamps = Collections.unmodifiableList(new ArrayList<>(b.createdUtcTimestamps));
        this.inMemoryPercentages = Collections.unmodifiableList(new ArrayList<>(b.inMemoryPercentages));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the partition names, in the server's order; unmodifiable, never {@code null} */
    public List<String> getPartitionNamesList() {
        return partitionNames;
    }
    /** @return the number of partition names */
    public int getPartitionNamesCount() {
        return partitionNames.size();
    }
    /**
     * @param index zero-based position, below {@link #getPartitionNamesCount()}
     * @return the entry at {@code index}
     */
    public String getPartitionNames(int index) {
        return partitionNames.get(index);
    }
    /** @return the partition IDs, matching the names by position, in the server's order; unmodifiable, never {@code null} */
    public List<Long> getPartitionIDsList() {
        return partitionIDs;
    }
    /** @return the number of partition IDs */
    public int getPartitionIDsCount() {
        return partitionIDs.size();
    }
    /**
     * @param index zero-based position, below {@link #getPartitionIDsCount()}
     * @return the entry at {@code index}
     */
    public long getPartitionIDs(int index) {
        return partitionIDs.get(index);
    }
    /** @return the creation times as hybrid timestamps (physical milliseconds shifted left 18 bits, plus a logical counter), matching the names by position, in the server's order; unmodifiable, never {@code null} */
    public List<Long> getCreatedTimestampsList() {
        return createdTimestamps;
    }
    /** @return the number of hybrid creation timestamps */
    public int getCreatedTimestampsCount() {
        return createdTimestamps.size();
    }
    /**
     * @param index zero-based position, below {@link #getCreatedTimestampsCount()}
     * @return the entry at {@code index}
     */
    public long getCreatedTimestamps(int index) {
        return createdTimestamps.get(index);
    }
    /** @return the creation times in milliseconds since the Unix epoch (UTC), matching the names by position, in the server's order; unmodifiable, never {@code null} */
    public List<Long> getCreatedUtcTimestampsList() {
        return createdUtcTimestamps;
    }
    /** @return the number of UTC creation timestamps */
    public int getCreatedUtcTimestampsCount() {
        return createdUtcTimestamps.size();
    }
    /**
     * @param index zero-based position, below {@link #getCreatedUtcTimestampsCount()}
     * @return the entry at {@code index}
     */
    public long getCreatedUtcTimestamps(int index) {
        return createdUtcTimestamps.get(index);
    }
    /** @return the loaded percentages, 0 to 100, matching the names by position, in the server's order; unmodifiable, never {@code null} */
    public List<Long> getInMemoryPercentagesList() {
        return inMemoryPercentages;
    }
    /** @return the number of in-memory percentages */
    public int getInMemoryPercentagesCount() {
        return inMemoryPercentages.size();
    }
    /**
     * @param index zero-based position, below {@link #getInMemoryPercentagesCount()}
     * @return the entry at {@code index}
     */
    public long getInMemoryPercentages(int index) {
        return inMemoryPercentages.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ShowPartitionsResponse)) return false;
        ShowPartitionsResponse other = (ShowPartitionsResponse) o;
        return Objects.equals(status, other.status)
                && Objects.equals(partitionNames, other.partitionNames)
                && Objects.equals(partitionIDs, other.partitionIDs)
                && Objects.equals(createdTimestamps, other.createdTimestamps)
                && Objects.equals(createdUtcTimestamps, other.createdUtcTimestamps)
                && Objects.equals(inMemoryPercentages, other.inMemoryPercentages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                status, partitionNames, partitionIDs, createdTimestamps, createdUtcTimestamps, inMemoryPercentages);
    }

    @Override
    public String toString() {
        return "ShowPartitionsResponse{"
                + "status=" + status
                + ", partitionNames=" + partitionNames
                + ", partitionIDs=" + partitionIDs
                + ", createdTimestamps=" + createdTimestamps
                + ", createdUtcTimestamps=" + createdUtcTimestamps
                + ", inMemoryPercentages=" + inMemoryPercentages
                + "}";
    }

    /** Builder for {@link ShowPartitionsResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private List<String> partitionNames = new ArrayList<>();
        private List<Long> partitionIDs = new ArrayList<>();
        private List<Long> createdTimestamps = new ArrayList<>();
        private List<Long> createdUtcTimestamps = new ArrayList<>();
        private List<Long> inMemoryPercentages = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the outcome of the call; must not be null
         * @return this builder
         */
        public Builder setStatus(Status value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }
        /**
         * @param value appended to the partition names; must not be null
         * @return this builder
         */
        public Builder addPartitionNames(String value) {
            this.partitionNames.add(Objects.requireNonNull(value, "partitionNames"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the partition names; none may be null
         * @return this builder
         */
        public Builder addAllPartitionNames(Iterable<? extends String> values) {
            for (String v : values) addPartitionNames(v);
            return this;
        }
        /**
         * @param value appended to the partition IDs, matching the names by position
         * @return this builder
         */
        public Builder addPartitionIDs(long value) {
            this.partitionIDs.add(Objects.requireNonNull(value, "partitionIDs"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the partition IDs, matching the names by position; none may be null
         * @return this builder
         */
        public Builder addAllPartitionIDs(Iterable<? extends Long> values) {
            for (Long v : values) addPartitionIDs(v);
            return this;
        }
        /**
         * @param value appended to the creation times as hybrid timestamps (physical milliseconds shifted left 18 bits, plus a logical counter), matching the names by position
         * @return this builder
         */
        public Builder addCreatedTimestamps(long value) {
            this.createdTimestamps.add(Objects.requireNonNull(value, "createdTimestamps"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the creation times as hybrid timestamps (physical milliseconds shifted left 18 bits, plus a logical counter), matching the names by position; none may be null
         * @return this builder
         */
        public Builder addAllCreatedTimestamps(Iterable<? extends Long> values) {
            for (Long v : values) addCreatedTimestamps(v);
            return this;
        }
        /**
         * @param value appended to the creation times in milliseconds since the Unix epoch (UTC), matching the names by position
         * @return this builder
         */
        public Builder addCreatedUtcTimestamps(long value) {
            this.createdUtcTimestamps.add(Objects.requireNonNull(value, "createdUtcTimestamps"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the creation times in milliseconds since the Unix epoch (UTC), matching the names by position; none may be null
         * @return this builder
         */
        public Builder addAllCreatedUtcTimestamps(Iterable<? extends Long> values) {
            for (Long v : values) addCreatedUtcTimestamps(v);
            return this;
        }
        /**
         * @param value appended to the loaded percentages, 0 to 100, matching the names by position
         * @return this builder
         */
        public Builder addInMemoryPercentages(long value) {
            this.inMemoryPercentages.add(Objects.requireNonNull(value, "inMemoryPercentages"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the loaded percentages, 0 to 100, matching the names by position; none may be null
         * @return this builder
         */
        public Builder addAllInMemoryPercentages(Iterable<? extends Long> values) {
            for (Long v : values) addInMemoryPercentages(v);
            return this;
        }

        /** @return a new immutable {@code ShowPartitionsResponse} holding this builder's values; the builder stays usable */
        public ShowPartitionsResponse build() {
            return new ShowPartitionsResponse(this);
        }
    }
}
