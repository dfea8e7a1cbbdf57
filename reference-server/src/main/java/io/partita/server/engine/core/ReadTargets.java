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
    static Reading resolveWithFields(
            LifecycleProfile profile, CollectionRuntime c, List<String> names, boolean query, long ttlFloor) {
        return resolveWithFields(profile, c, names, query, null, ttlFloor);
    }

    /**
     * As above; on a partition key collection naming partitions is refused (Milvus's text), and a
     * {@code filter} that is {@code key == v} or {@code key in [..]} on the partition key reads only
     * the hidden partitions those values route to (Milvus's proxy prunes the same way:
     * task_search.go / task_query.go, {@code exprutil.ParseKeys} then {@code HashKey2Partitions}).
     * Every read counts the segments it reads in {@link CollectionRuntime#segmentsRead}. Segments
     * whose newest row is older than {@code ttlFloor} ({@link Registry#ttlFloor}) are left out:
     * every insert is a chunk of its own until a flush, so unflushed rows expire one insert at a
     * time, and a sealed segment expires with its newest row (it keeps no timestamp per row).
     */
    static Reading resolveWithFields(
            LifecycleProfile profile,
            CollectionRuntime c,
            List<String> names,
            boolean query,
            String filter,
            long ttlFloor) {
        if (PartitionKeys.keyed(c) && names != null && !names.isEmpty()) {
            throw profile.unexpected(PartitionKeys.MANUAL_NAMES);
        }
        while (true) {
            boolean[] before = c.residentFields;
            List<LoadedPartition> targets =
                    Snapshots.unexpired(PartitionKeys.prune(c, resolve(profile, c, names, query), filter), ttlFloor);
            if (c.residentFields == before) {
                for (LoadedPartition lp : targets) {
                    c.segmentsRead.add(lp.segments().size());
                }
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
