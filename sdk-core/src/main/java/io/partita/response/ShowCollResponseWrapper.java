package io.partita.response;

import io.partita.model.ShowCollectionsResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Reads a {@link ShowCollectionsResponse} as one {@link CollectionInfo} per collection. Immutable. */
public final class ShowCollResponseWrapper {
    private final List<CollectionInfo> infos;

    /** @param response the answer to ShowCollections */
    public ShowCollResponseWrapper(ShowCollectionsResponse response) {
        Objects.requireNonNull(response, "response");
        List<CollectionInfo> list = new ArrayList<>();
        for (int i = 0; i < response.getCollectionNamesCount(); i++) {
            list.add(new CollectionInfo(
                    response.getCollectionNames(i),
                    i < response.getCollectionIdsCount() ? response.getCollectionIds(i) : 0,
                    i < response.getCreatedUtcTimestampsCount() ? response.getCreatedUtcTimestamps(i) : 0,
                    i < response.getInMemoryPercentagesCount() ? response.getInMemoryPercentages(i) : -1));
        }
        this.infos = Collections.unmodifiableList(list);
    }

    /** @return one entry per collection */
    public List<CollectionInfo> getCollectionsInfo() {
        return infos;
    }

    /**
     * @param name a collection name
     * @return its entry, or {@code null}
     */
    public CollectionInfo getCollectionInfoByName(String name) {
        for (CollectionInfo info : infos) {
            if (info.getName().equals(name)) {
                return info;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "Collections{" + infos + "}";
    }

    /** One collection: name, id, creation time and in-memory percentage. Immutable. */
    public static final class CollectionInfo {
        private final String name;
        private final long id;
        private final long utcTimestamp;
        private final long inMemoryPercentage;

        CollectionInfo(String name, long id, long utcTimestamp, long inMemoryPercentage) {
            this.name = name;
            this.id = id;
            this.utcTimestamp = utcTimestamp;
            this.inMemoryPercentage = inMemoryPercentage;
        }

        /** @return the collection name */
        public String getName() {
            return name;
        }
        /** @return the collection ID assigned by the server */
        public long getId() {
            return id;
        }
        /** @return creation time, milliseconds since the epoch (UTC) */
        public long getUtcTimestamp() {
            return utcTimestamp;
        }
        /** @return 0 to 100 with {@code ShowType.InMemory}; -1 when the answer carried no percentages */
        public long getInMemoryPercentage() {
            return inMemoryPercentage;
        }

        @Override
        public String toString() {
            return "(name:" + name + ", id:" + id + ", utcTimestamp:" + utcTimestamp + ", inMemoryPercentage:"
                    + inMemoryPercentage + ")";
        }
    }
}
