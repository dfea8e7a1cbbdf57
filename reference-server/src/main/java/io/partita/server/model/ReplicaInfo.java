package io.partita.server.model;

import java.util.List;

/** One replica group of a loaded collection (GetReplicas). */
public record ReplicaInfo(long replicaId, long collectionId, List<Long> partitionIds, List<Long> nodeIds) {
    public ReplicaInfo {
        partitionIds = List.copyOf(partitionIds);
        nodeIds = List.copyOf(nodeIds);
    }
}
