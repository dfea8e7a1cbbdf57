package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One shard of a replica: its leader and the nodes serving it.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class ShardReplica {
    private final long leaderID;
    private final String leaderAddr;
    private final String dmChannelName;
    private final List<Long> nodeIds;

    private ShardReplica(Builder b) {
        this.leaderID = b.leaderID;
        this.leaderAddr = b.leaderAddr;
        this.dmChannelName = b.dmChannelName;
        this.nodeIds = Collections.unmodifiableList(new ArrayList<>(b.nodeIds));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the ID of the node leading this shard */
    public long getLeaderID() {
        return leaderID;
    }
    /** @return the address of the node leading this shard */
    public String getLeaderAddr() {
        return leaderAddr;
    }
    /** @return the data-manipulation channel of this shard */
    public String getDmChannelName() {
        return dmChannelName;
    }
    /** @return the IDs of the query nodes involved, in the server's order; unmodifiable, never {@code null} */
    public List<Long> getNodeIdsList() {
        return nodeIds;
    }
    /** @return the number of IDs of the query nodes involved */
    public int getNodeIdsCount() {
        return nodeIds.size();
    }
    /**
     * @param index zero-based position, below {@link #getNodeIdsCount()}
     * @return the entry at {@code index}
     */
    public long getNodeIds(int index) {
        return nodeIds.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ShardReplica)) return false;
        ShardReplica other = (ShardReplica) o;
        return Objects.equals(leaderID, other.leaderID)
                && Objects.equals(leaderAddr, other.leaderAddr)
                && Objects.equals(dmChannelName, other.dmChannelName)
                && Objects.equals(nodeIds, other.nodeIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(leaderID, leaderAddr, dmChannelName, nodeIds);
    }

    @Override
    public String toString() {
        return "ShardReplica{"
                + "leaderID=" + leaderID
                + ", leaderAddr=" + leaderAddr
                + ", dmChannelName=" + dmChannelName
                + ", nodeIds=" + nodeIds
                + "}";
    }

    /** Builder for {@link ShardReplica}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private long leaderID = 0L;
        private String leaderAddr = "";
        private String dmChannelName = "";
        private List<Long> nodeIds = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the ID of the node leading this shard
         * @return this builder
         */
        public Builder setLeaderID(long value) {
            this.leaderID = value;
            return this;
        }
        /**
         * @param value the address of the node leading this shard; must not be null
         * @return this builder
         */
        public Builder setLeaderAddr(String value) {
            this.leaderAddr = Objects.requireNonNull(value, "leaderAddr");
            return this;
        }
        /**
         * @param value the data-manipulation channel of this shard; must not be null
         * @return this builder
         */
        public Builder setDmChannelName(String value) {
            this.dmChannelName = Objects.requireNonNull(value, "dmChannelName");
            return this;
        }
        /**
         * @param value appended to the IDs of the query nodes involved
         * @return this builder
         */
        public Builder addNodeIds(long value) {
            this.nodeIds.add(Objects.requireNonNull(value, "nodeIds"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the IDs of the query nodes involved; none may be null
         * @return this builder
         */
        public Builder addAllNodeIds(Iterable<? extends Long> values) {
            for (Long v : values) addNodeIds(v);
            return this;
        }

        /** @return a new immutable {@code ShardReplica} holding this builder's values; the builder stays usable */
        public ShardReplica build() {
            return new ShardReplica(this);
        }
    }
}
