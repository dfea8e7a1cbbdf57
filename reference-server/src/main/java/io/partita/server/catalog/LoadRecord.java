package io.partita.server.catalog;

import java.util.Set;

/**
 * What was loaded in a collection, persisted so the 2.3 profile can load it again after a
 * restart. Immutable.
 *
 * @param byCollection whether LoadCollection loaded it (vs LoadPartitions)
 * @param partitionIds the partitions loaded or loading
 * @param fieldIds the fields a partial load holds ({@code load_fields}); empty = every field
 */
public record LoadRecord(
        long collectionId, int replicaNumber, boolean byCollection, Set<Long> partitionIds, Set<Long> fieldIds) {
    public LoadRecord {
        partitionIds = Set.copyOf(partitionIds);
        fieldIds = fieldIds == null ? Set.of() : Set.copyOf(fieldIds);
    }

    /** A load of every field. */
    public LoadRecord(long collectionId, int replicaNumber, boolean byCollection, Set<Long> partitionIds) {
        this(collectionId, replicaNumber, byCollection, partitionIds, Set.of());
    }
}
