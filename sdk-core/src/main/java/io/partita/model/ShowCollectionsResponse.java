package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to ShowCollections: the collections, in matching order.
 * With {@code ShowType.InMemory} the in-memory percentages are filled (0 to 100 per collection).
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class ShowCollectionsResponse extends StatusAnswer {
    private final List<String> collectionNames;
    private final List<Long> collectionIds;
    private final List<Long> createdTimestamps;
    private final List<Long> createdUtcTimestamps;
    private final List<Long> inMemoryPercentages;

    private ShowCollectionsResponse(Builder b) {
        super(b.status);
        this.collectionNames = Collections.unmodifiableList(new ArrayList<>(b.collectionNames));
        this.collectionIds = Collections.unmodifiableList(new ArrayList<>(b.collectionIds));
        this.createdTimestamps = Collections.unmodifiableList(new ArrayList<>(b.createdTimestamps));
        this.createdUtcTimestamps = Collections.unmodifiableList(new ArrayList<>(b.createdUtcTimestamps));
        this.inMemoryPercentages = Collections.unmodifiableList(new ArrayList<>(b.inMemoryPercentages));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection names, in the server's order; unmodifiable, never {@code null} */
    public List<String> getCollectionNamesList() {
        return collectionNames;
    }
    /** @return the number of collection names */
    public int getCollectionNamesCount() {
        return collectionNames.size();
    }
    /**
     * @param index zero-based position, below {@link #getCollectionNamesCount()}
     * @return the entry at {@code index}
     */
    public String getCollectionNames(int index) {
        return collectionNames.get(index);
    }
    /** @return the collection IDs, matching the names by position, in the server's order; unmodifiable, never {@code null} */
    public List<Long> getCollectionIdsList() {
        return collectionIds;
    }
    /** @return the number of collection IDs */
    public int getCollectionIdsCount() {
        return collectionIds.size();
    }
    /**
     * @param index zero-based position, below {@link #getCollectionIdsCount()}
     * @return the entry at {@code index}
     */
    public long getCollectionIds(int index) {
        return collectionIds.get(index);
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
        if (!(o instanceof ShowCollectionsResponse)) return false;
        ShowCollectionsResponse other = (ShowCollectionsResponse) o;
        return Objects.equals(status, other.status)
                && Objects.equals(collectionNames, other.collectionNames)
                && Objects.equals(collectionIds, other.collectionIds)
                && Objects.equals(createdTimestamps, other.createdTimestamps)
                && Objects.equals(createdUtcTimestamps, other.createdUtcTimestamps)
                && Objects.equals(inMemoryPercentages, other.inMemoryPercentages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                status, collectionNames, collectionIds, createdTimestamps, createdUtcTimestamps, inMemoryPercentages);
    }

    @Override
    public String toString() {
        return "ShowCollectionsResponse{"
                + "status=" + status
                + ", collectionNames=" + collectionNames
                + ", collectionIds=" + collectionIds
                + ", createdTimestamps=" + createdTimestamps
                + ", createdUtcTimestamps=" + createdUtcTimestamps
                + ", inMemoryPercentages=" + inMemoryPercentages
                + "}";
    }

    /** Builder for {@link ShowCollectionsResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private List<String> collectionNames = new ArrayList<>();
        private List<Long> collectionIds = new ArrayList<>();
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
         * @param value appended to the collection names; must not be null
         * @return this builder
         */
        public Builder addCollectionNames(String value) {
            this.collectionNames.add(Objects.requireNonNull(value, "collectionNames"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the collection names; none may be null
         * @return this builder
         */
        public Builder addAllCollectionNames(Iterable<? extends String> values) {
            for (String v : values) addCollectionNames(v);
            return this;
        }
        /**
         * @param value appended to the collection IDs, matching the names by position
         * @return this builder
         */
        public Builder addCollectionIds(long value) {
            this.collectionIds.add(Objects.requireNonNull(value, "collectionIds"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the collection IDs, matching the names by position; none may be null
         * @return this builder
         */
        public Builder addAllCollectionIds(Iterable<? extends Long> values) {
            for (Long v : values) addCollectionIds(v);
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

        /** @return a new immutable {@code ShowCollectionsResponse} holding this builder's values; the builder stays usable */
        public ShowCollectionsResponse build() {
            return new ShowCollectionsResponse(this);
        }
    }
}
