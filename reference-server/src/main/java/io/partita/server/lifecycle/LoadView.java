package io.partita.server.lifecycle;

import java.util.Set;

/**
 * What a profile needs to decide a load or release: the collection's current load state.
 * Immutable.
 *
 * @param byCollection whether the loaded partitions were loaded by LoadCollection
 * @param replicaNumber the replica number of the current load; 0 when nothing is loaded
 * @param loaded ids of partitions loaded or loading
 * @param all ids of every partition of the collection
 */
public record LoadView(
        long collectionId,
        String collectionName,
        boolean byCollection,
        int replicaNumber,
        Set<Long> loaded,
        Set<Long> all) {
    public LoadView {
        loaded = Set.copyOf(loaded);
        all = Set.copyOf(all);
    }

    public boolean anyLoaded() {
        return !loaded.isEmpty();
    }
}
