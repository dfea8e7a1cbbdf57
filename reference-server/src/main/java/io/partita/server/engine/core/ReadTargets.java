package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the loaded data a search or query reads (SEMANTICS rows 19-22): the named partitions,
 * or every loaded partition. The snapshots are taken once, here, so the read sees exactly the
 * partitions loaded when it began.
 */
final class ReadTargets {
    private ReadTargets() {}

    /** The snapshots a read uses and the fields their load holds (null = every field). */
    record Reading(List<LoadedPartition> targets, boolean[] resident) {}

    /**
     * As {@link #resolve}, with the resident fields of the load the snapshots belong to (read on
     * both sides of the snapshot, so a release and a reload with other fields in between are seen).
     */
    static Reading resolveWithFields(LifecycleProfile profile, CollectionRuntime c, List<String> names, boolean query) {
        while (true) {
            boolean[] before = c.residentFields;
            List<LoadedPartition> targets = resolve(profile, c, names, query);
            if (c.residentFields == before) {
                return new Reading(targets, before);
            }
        }
    }

    static List<LoadedPartition> resolve(
            LifecycleProfile profile, CollectionRuntime c, List<String> names, boolean query) {
        List<PartitionRuntime> all = c.partitions;
        List<PartitionRuntime> named = c.named(names, profile::searchPartitionNotFound);
        List<LoadedPartition> loadedAll = new ArrayList<>();
        List<LoadedPartition> snapshot = new ArrayList<>();
        for (PartitionRuntime p : all) {
            LoadedPartition lp = p.loaded;
            if (lp != null) {
                loadedAll.add(lp);
            }
        }
        if (loadedAll.isEmpty()) {
            throw profile.collectionNotLoaded(c.name(), c.id(), names, query);
        }
        if (named.isEmpty()) {
            return loadedAll;
        }
        for (PartitionRuntime p : named) {
            LoadedPartition lp = null;
            for (LoadedPartition l : loadedAll) {
                if (l.partitionId() == p.id()) {
                    lp = l;
                }
            }
            if (lp == null) {
                throw profile.partitionNotLoaded(c.name(), c.id(), names, p.id(), query);
            }
            if (!snapshot.contains(lp)) {
                snapshot.add(lp);
            }
        }
        return snapshot;
    }
}
