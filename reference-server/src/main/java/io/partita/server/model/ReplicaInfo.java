package io.partita.server.model;

import java.util.List;

/** One replica group of a loaded collection (GetReplicas), with the resource group holding it. */
public record ReplicaInfo(
        long replicaId, long collectionId, List<Long> partitionIds, List<Long> nodeIds, String resourceGroup) {
    public ReplicaInfo {
        partitionIds = List.copyOf(partitionIds);
        nodeIds = List.copyOf(nodeIds);
    }
}
