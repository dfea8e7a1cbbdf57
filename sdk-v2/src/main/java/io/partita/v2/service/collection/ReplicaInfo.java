package io.partita.v2.service.collection;

import io.partita.v2.internal.Checks;
import java.util.List;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * One in-memory replica of a loaded collection, as {@code describeReplicas} reports it.
 *
 * <p>Immutable: lists and maps are unmodifiable.
 */
@Getter
public final class ReplicaInfo {
    /** The replica's id. */
    private final Long replicaID;
    /** The collection's id. */
    private final Long collectionID;
    /** The ids of the partitions it holds. */
    private final List<Long> partitionIDs;
    /** One entry per shard (DML channel) of the collection. */
    private final List<ShardReplica> shardReplicas;
    /** The query nodes serving it. */
    private final List<Long> nodeIDs;
    /** The resource group whose nodes serve it; {@code null} when the transport does not report it. */
    private final String resourceGroupName;
    /** Nodes lent by other resource groups, per group; empty when none are. */
    private final Map<String, Integer> numOutboundNode;

    @Builder
    private ReplicaInfo(
            Long replicaID,
            Long collectionID,
            List<Long> partitionIDs,
            List<ShardReplica> shardReplicas,
            List<Long> nodeIDs,
            String resourceGroupName,
            Map<String, Integer> numOutboundNode) {
        this.replicaID = replicaID;
        this.collectionID = collectionID;
        this.partitionIDs = Checks.copy(partitionIDs);
        this.shardReplicas = Checks.copy(shardReplicas);
        this.nodeIDs = Checks.copy(nodeIDs);
        this.resourceGroupName = resourceGroupName;
        this.numOutboundNode = Checks.copy(numOutboundNode);
    }

    @Override
    public String toString() {
        return "ReplicaInfo{replicaID=" + replicaID + ", collectionID=" + collectionID + ", partitionIDs="
                + partitionIDs + ", shardReplicas=" + shardReplicas + ", nodeIDs=" + nodeIDs
                + ", resourceGroupName=" + resourceGroupName + ", numOutboundNode=" + numOutboundNode + "}";
    }
}
