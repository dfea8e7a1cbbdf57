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
public final class ShowCollectionsResponse implements HasStatus {
    private final Status status;
    private final List<String> collectionNames;
    private final List<Long> collectionIds;
    private final List<Long> createdTimestamps;
    private final List<Long> createdUtcTimestamps;
    private final List<Long> inMemoryPercentages;

    private ShowCollectionsResponse(Builder b) {
        this.status = b.status == null ? Status.success() : b.status;
        this.collectionNames = Collections.unmodifiableList(new ArrayList<>(b.collectionNames));
        this.collectionIds = Collections.unmodifiableList(new ArrayList<>(b.collectionIds));
        this.createdTimestamps = Collections.unmodifiableList(new ArrayList<>(b.createdTimestamps));
        this.createdUtcTimestamps = Collections.unmodifiableList(new ArrayList<>(b.createdUtcTimestamps));
        this.inMemoryPercentages = Collections.unmodifiableList(new ArrayList<>(b.inMemoryPercentages));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() { return new Builder(); }

    public Status getStatus() { return status; }
    public boolean hasStatus() { return status != null; }
    public List<String> getCollectionNamesList() { return collectionNames; }
    public int getCollectionNamesCount() { return collectionNames.size(); }
    public String getCollectionNames(int index) { return collectionNames.get(index); }
    public List<Long> getCollectionIdsList() { return collectionIds; }
    public int getCollectionIdsCount() { return collectionIds.size(); }
    public long getCollectionIds(int index) { return collectionIds.get(index); }
    public List<Long> getCreatedTimestampsList() { return createdTimestamps; }
    public int getCreatedTimestampsCount() { return createdTimestamps.size(); }
    public long getCreatedTimestamps(int index) { return createdTimestamps.get(index); }
    public List<Long> getCreatedUtcTimestampsList() { return createdUtcTimestamps; }
    public int getCreatedUtcTimestampsCount() { return createdUtcTimestamps.size(); }
    public long getCreatedUtcTimestamps(int index) { return createdUtcTimestamps.get(index); }
    public List<Long> getInMemoryPercentagesList() { return inMemoryPercentages; }
    public int getInMemoryPercentagesCount() { return inMemoryPercentages.size(); }
    public long getInMemoryPercentages(int index) { return inMemoryPercentages.get(index); }

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
    public int hashCode() { return Objects.hash(status, collectionNames, collectionIds, createdTimestamps, createdUtcTimestamps, inMemoryPercentages); }

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

        public Builder setStatus(Status value) { this.status = Objects.requireNonNull(value, "status"); return this; }
        public Builder addCollectionNames(String value) { this.collectionNames.add(Objects.requireNonNull(value, "collectionNames")); return this; }
        public Builder addAllCollectionNames(Iterable<? extends String> values) { for (String v : values) addCollectionNames(v); return this; }
        public Builder addCollectionIds(long value) { this.collectionIds.add(Objects.requireNonNull(value, "collectionIds")); return this; }
        public Builder addAllCollectionIds(Iterable<? extends Long> values) { for (Long v : values) addCollectionIds(v); return this; }
        public Builder addCreatedTimestamps(long value) { this.createdTimestamps.add(Objects.requireNonNull(value, "createdTimestamps")); return this; }
        public Builder addAllCreatedTimestamps(Iterable<? extends Long> values) { for (Long v : values) addCreatedTimestamps(v); return this; }
        public Builder addCreatedUtcTimestamps(long value) { this.createdUtcTimestamps.add(Objects.requireNonNull(value, "createdUtcTimestamps")); return this; }
        public Builder addAllCreatedUtcTimestamps(Iterable<? extends Long> values) { for (Long v : values) addCreatedUtcTimestamps(v); return this; }
        public Builder addInMemoryPercentages(long value) { this.inMemoryPercentages.add(Objects.requireNonNull(value, "inMemoryPercentages")); return this; }
        public Builder addAllInMemoryPercentages(Iterable<? extends Long> values) { for (Long v : values) addInMemoryPercentages(v); return this; }

        public ShowCollectionsResponse build() { return new ShowCollectionsResponse(this); }
    }
}
