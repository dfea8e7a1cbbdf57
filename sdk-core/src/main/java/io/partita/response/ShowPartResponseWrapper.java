package io.partita.response;

import io.partita.model.LoadState;
import io.partita.model.ShowPartitionsResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Reads a {@link ShowPartitionsResponse} as one {@link PartitionInfo} per partition. Immutable.
 */
public final class ShowPartResponseWrapper {
    private final List<PartitionInfo> infos;

    /** @param response the answer to ShowPartitions */
    public ShowPartResponseWrapper(ShowPartitionsResponse response) {
        Objects.requireNonNull(response, "response");
        List<PartitionInfo> list = new ArrayList<>();
        for (int i = 0; i < response.getPartitionNamesCount(); i++) {
            list.add(new PartitionInfo(
                    response.getPartitionNames(i),
                    i < response.getPartitionIDsCount() ? response.getPartitionIDs(i) : 0,
                    i < response.getCreatedUtcTimestampsCount() ? response.getCreatedUtcTimestamps(i) : 0,
                    i < response.getInMemoryPercentagesCount() ? response.getInMemoryPercentages(i) : -1));
        }
        this.infos = Collections.unmodifiableList(list);
    }

    /** @return one entry per partition, in the server's order */
    public List<PartitionInfo> getPartitionsInfo() {
        return infos;
    }

    /**
     * @param name a partition name
     * @return its entry, or {@code null} if the answer does not list it
     */
    public PartitionInfo getPartitionInfoByName(String name) {
        for (PartitionInfo info : infos) {
            if (info.getName().equals(name)) {
                return info;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "Partitions{" + infos + "}";
    }

    /** One partition: name, id, creation time, in-memory percentage and load state. Immutable. */
    public static final class PartitionInfo {
        private final String name;
        private final long id;
        private final long createdUtcTimestamp;
        private final long inMemoryPercentage;

        PartitionInfo(String name, long id, long createdUtcTimestamp, long inMemoryPercentage) {
            this.name = name;
            this.id = id;
            this.createdUtcTimestamp = createdUtcTimestamp;
            this.inMemoryPercentage = inMemoryPercentage;
        }

        /** @return the partition name */
        public String getName() {
            return name;
        }
        /** @return the partition ID assigned by the server */
        public long getId() {
            return id;
        }
        /** @return creation time, milliseconds since the epoch (UTC) */
        public long getCreatedUtcTimestamp() {
            return createdUtcTimestamp;
        }
        /** @return 0 to 100 with {@code ShowType.InMemory}; -1 when the answer carried no percentages */
        public long getInMemoryPercentage() {
            return inMemoryPercentage;
        }

        /**
         * @return {@code LoadStateLoaded} at 100%, {@code LoadStateLoading} between, {@code LoadStateNotLoad}
         *     at 0%; {@code null} when the answer carried no percentages (ShowType.All)
         */
        public LoadState getLoadState() {
            if (inMemoryPercentage < 0) {
                return null;
            }
            if (inMemoryPercentage >= 100) {
                return LoadState.LoadStateLoaded;
            }
            return inMemoryPercentage == 0 ? LoadState.LoadStateNotLoad : LoadState.LoadStateLoading;
        }

        @Override
        public String toString() {
            return "(name:" + name + ", id:" + id + ", utcTimestamp:" + createdUtcTimestamp + ", inMemoryPercentage:"
                    + inMemoryPercentage + ")";
        }
    }
}
