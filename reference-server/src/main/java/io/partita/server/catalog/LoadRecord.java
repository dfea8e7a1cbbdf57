package io.partita.server.catalog;

import java.util.Set;

/**
 * What was loaded in a collection, persisted so the 2.3 profile can load it again after a
 * restart. Immutable.
 *
 * @param byCollection whether LoadCollection loaded it (vs LoadPartitions)
 * @param partitionIds the partitions loaded or loading
 */
public record LoadRecord(long collectionId, int replicaNumber, boolean byCollection, Set<Long> partitionIds) {
    public LoadRecord {
        partitionIds = Set.copyOf(partitionIds);
    }
}
