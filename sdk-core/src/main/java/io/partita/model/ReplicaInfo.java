package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One replica group of a loaded collection.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class ReplicaInfo {
    private final long replicaID;
    private final long collectionID;
    private final List<Long> partitionIds;
    private final List<ShardReplica> shardReplicas;
    private final List<Long> nodeIds;
    private final String resourceGroupName;

    private ReplicaInfo(Builder b) {
        this.replicaID = b.replicaID;
        this.collectionID = b.collectionID;
        this.partitionIds = Collections.unmodifiableList(new ArrayList<>(b.partitionIds));
        this.shardReplicas = Collections.unmodifiableList(new ArrayList<>(b.shardReplicas));
        this.nodeIds = Collections.unmodifiableList(new ArrayList<>(b.nodeIds));
        this.resourceGroupName = b.resourceGroupName;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the replica ID */
    public long getReplicaID() {
        return replicaID;
    }
    /** @return the collection ID assigned by the server */
    public long getCollectionID() {
        return collectionID;
    }
    /** @return the IDs of the partitions loaded in this replica, in the server's order; unmodifiable, never {@code null} */
    public List<Long> getPartitionIdsList() {
        return partitionIds;
    }
    /** @return the number of IDs of the partitions loaded in this replica */
    public int getPartitionIdsCount() {
        return partitionIds.size();
    }
    /**
     * @param index zero-based position, below {@link #getPartitionIdsCount()}
     * @return the entry at {@code index}
     */
    public long getPartitionIds(int index) {
        return partitionIds.get(index);
    }
    /** @return one entry per shard of this replica, in the server's order; unmodifiable, never {@code null} */
    public List<ShardReplica> getShardReplicasList() {
        return shardReplicas;
    }
    /** @return the number of shard replicas */
    public int getShardReplicasCount() {
        return shardReplicas.size();
    }
    /**
     * @param index zero-based position, below {@link #getShardReplicasCount()}
     * @return the entry at {@code index}
     */
    public ShardReplica getShardReplicas(int index) {
        return shardReplicas.get(index);
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

    /** @return the resource group whose query nodes serve this replica; empty when the server names none */
    public String getResourceGroupName() {
        return resourceGroupName;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ReplicaInfo)) return false;
        ReplicaInfo other = (ReplicaInfo) o;
        return Objects.equals(replicaID, other.replicaID)
                && Objects.equals(collectionID, other.collectionID)
                && Objects.equals(partitionIds, other.partitionIds)
                && Objects.equals(shardReplicas, other.shardReplicas)
                && Objects.equals(nodeIds, other.nodeIds)
                && Objects.equals(resourceGroupName, other.resourceGroupName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(replicaID, collectionID, partitionIds, shardReplicas, nodeIds, resourceGroupName);
    }

    @Override
    public String toString() {
        return "ReplicaInfo{"
                + "replicaID=" + replicaID
                + ", collectionID=" + collectionID
                + ", partitionIds=" + partitionIds
                + ", shardReplicas=" + shardReplicas
                + ", nodeIds=" + nodeIds
                + ", resourceGroupName=" + resourceGroupName
                + "}";
    }

    /** Builder for {@link ReplicaInfo}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private long replicaID = 0L;
        private long collectionID = 0L;
        private List<Long> partitionIds = new ArrayList<>();
        private List<ShardReplica> shardReplicas = new ArrayList<>();
        private List<Long> nodeIds = new ArrayList<>();
        private String resourceGroupName = "";

        private Builder() {}

        /**
         * @param value the replica ID
         * @return this builder
         */
        public Builder setReplicaID(long value) {
            this.replicaID = value;
            return this;
        }
        /**
         * @param value the collection ID assigned by the server
         * @return this builder
         */
        public Builder setCollectionID(long value) {
            this.collectionID = value;
            return this;
        }
        /**
         * @param value appended to the IDs of the partitions loaded in this replica
         * @return this builder
         */
        public Builder addPartitionIds(long value) {
            this.partitionIds.add(Objects.requireNonNull(value, "partitionIds"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the IDs of the partitions loaded in this replica; none may be null
         * @return this builder
         */
        public Builder addAllPartitionIds(Iterable<? extends Long> values) {
            for (Long v : values) addPartitionIds(v);
            return this;
        }
        /**
         * @param value appended to the shard replicas; must not be null
         * @return this builder
         */
        public Builder addShardReplicas(ShardReplica value) {
            this.shardReplicas.add(Objects.requireNonNull(value, "shardReplicas"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the shard replicas; none may be null
         * @return this builder
         */
        public Builder addAllShardReplicas(Iterable<? extends ShardReplica> values) {
            for (ShardReplica v : values) addShardReplicas(v);
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

        /**
         * @param value the resource group whose query nodes serve this replica; must not be null
         * @return this builder
         */
        public Builder setResourceGroupName(String value) {
            this.resourceGroupName = Objects.requireNonNull(value, "resourceGroupName");
            return this;
        }

        /** @return a new immutable {@code ReplicaInfo} holding this builder's values; the builder stays usable */
        public ReplicaInfo build() {
            return new ReplicaInfo(this);
        }
    }
}
