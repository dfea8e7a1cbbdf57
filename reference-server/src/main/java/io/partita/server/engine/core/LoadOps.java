package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.lifecycle.LoadPlan;
import io.partita.server.lifecycle.ReleasePlan;
import io.partita.server.model.EngineException;
import io.partita.server.model.LoadOptions;
import io.partita.server.model.LoadState;
import io.partita.server.model.Profile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Load, release, progress and load state (SEMANTICS rows 1-13, 26): resolves names, asks the
 * profile for the decision, and lets the LoadManager carry it out, all under the collection lock.
 */
final class LoadOps {
    private final LifecycleProfile profile;
    private final Registry registry;
    private final LoadManager loads;

    LoadOps(LifecycleProfile profile, Registry registry, LoadManager loads) {
        this.profile = profile;
        this.registry = registry;
        this.loads = loads;
    }

    void loadCollection(String collection, int replicaNumber, List<String> resourceGroups, LoadOptions options) {
        int replicas = Math.max(1, replicaNumber);
        CollectionRuntime c = registry.get(collection);
        if (options.refresh() && profile.refreshes()) {
            refresh(c);
            return;
        }
        boolean[] resident = LoadFields.resolve(profile, c.fields(), options);
        c.lock.lock();
        try {
            LoadPlan plan = profile.planLoadCollection(c.view(), replicas);
            checkSameFields(c, resident);
            if (plan.toLoad().isEmpty()) {
                c.byCollection = plan.byCollection() && c.anyLoadedOrLoading();
                return;
            }
            loads.schedule(c, plan.toLoad(), replicas, plan.byCollection(), groupsOf(resourceGroups), resident);
        } finally {
            c.lock.unlock();
        }
    }

    /**
     * Under the lock, after the replica check (as {@code job_load.go} orders them): a load of a
     * loaded collection must ask for the fields it holds.
     */
    private void checkSameFields(CollectionRuntime c, boolean[] resident) {
        if (!c.anyLoadedOrLoading()) {
            return;
        }
        List<Long> loaded = LoadFields.ids(c.fields(), c.residentFields);
        List<Long> requested = LoadFields.ids(c.fields(), resident);
        if (!loaded.equals(requested)) {
            throw profile.loadFieldsChanged(loaded, requested);
        }
    }

    /**
     * {@code refresh = true}: Milvus's querycoord refuses a collection that is not fully loaded and
     * otherwise loads the segments flushed since its load target was taken
     * ({@code internal/querycoordv2/services.go}, {@code refreshCollection}; LoadPartitions with
     * refresh refreshes the whole collection the same way). Partita makes every acknowledged insert
     * and every sealed segment of a loaded partition resident as it is written (see
     * {@link LoadManager#applyInsert} and {@link LoadManager#applyFlush}), so a refresh of a loaded
     * collection finds nothing left to read: it answers after the check, progress staying at 100.
     */
    private void refresh(CollectionRuntime c) {
        c.lock.lock();
        try {
            LoadState state = c.loadState();
            if (state != LoadState.LOADED) {
                throw profile.refreshNotLoaded(c.id(), state == LoadState.LOADING);
            }
        } finally {
            c.lock.unlock();
        }
    }

    /** Milvus 2.1's LoadCollectionRequest had no {@code resource_groups}: that profile ignores them. */
    private List<String> groupsOf(List<String> resourceGroups) {
        return profile.profile() == Profile.MILVUS_2_1 || resourceGroups == null ? List.of() : resourceGroups;
    }

    void releaseCollection(String collection) {
        CollectionRuntime c = registry.get(collection);
        c.lock.lock();
        try {
            for (PartitionRuntime p : c.partitions) {
                if (p.loadedOrLoading() || p.loadError != null) {
                    loads.release(c, p);
                    p.loadError = null;
                }
            }
            loads.afterRelease(c);
        } finally {
            c.lock.unlock();
        }
    }

    void loadPartitions(
            String collection,
            List<String> names,
            int replicaNumber,
            List<String> resourceGroups,
            LoadOptions options) {
        int replicas = Math.max(1, replicaNumber);
        CollectionRuntime c = registry.get(collection);
        PartitionKeys.refuseManual(profile, c, "load partitions");
        if (names == null || names.isEmpty()) {
            throw profile.unexpected("partitionIDs are empty");
        }
        if (options.refresh() && profile.refreshes()) {
            resolveUnderLock(c, names);
            refresh(c);
            return;
        }
        boolean[] resident = LoadFields.resolve(profile, c.fields(), options);
        c.lock.lock();
        try {
            Set<Long> ids = resolve(c, names);
            LoadPlan plan = profile.planLoadPartitions(c.view(), ids, replicas);
            checkSameFields(c, resident);
            if (!plan.toLoad().isEmpty()) {
                loads.schedule(c, plan.toLoad(), replicas, plan.byCollection(), groupsOf(resourceGroups), resident);
            }
        } finally {
            c.lock.unlock();
        }
    }

    void releasePartitions(String collection, List<String> names) {
        PartitionKeys.refuseManual(profile, registry.find(collection), "release partitions");
        // 2.6 validates the names of a release first (a load looks them up: partition not found)
        names.forEach(n -> Names.checkBeforeLookup(profile, "partition", n));
        CollectionRuntime c = registry.get(collection);
        if (names == null || names.isEmpty()) {
            throw profile.emptyReleaseList();
        }
        c.lock.lock();
        try {
            Set<Long> ids = resolve(c, names);
            ReleasePlan plan = profile.planReleasePartitions(c.view(), ids);
            for (long id : plan.toRelease()) {
                loads.release(c, c.partition(id));
            }
            for (long id : ids) {
                c.partition(id).loadError = null;
            }
            c.byCollection = plan.byCollection();
            loads.afterRelease(c);
        } finally {
            c.lock.unlock();
        }
    }

    /** The partitions must exist for a refresh too (the proxy looks their ids up first). */
    private void resolveUnderLock(CollectionRuntime c, List<String> names) {
        c.lock.lock();
        try {
            resolve(c, names);
        } finally {
            c.lock.unlock();
        }
    }

    private Set<Long> resolve(CollectionRuntime c, List<String> names) {
        Set<Long> ids = new LinkedHashSet<>();
        for (PartitionRuntime p : c.named(names, profile::partitionNotFoundForLoad)) {
            ids.add(p.id());
        }
        return ids;
    }

    /** 0..100: the mean progress of the partitions loaded or loading; 0 when none. */
    int progress(String collection, List<String> names) {
        CollectionRuntime c = registry.get(collection);
        List<PartitionRuntime> targets = targets(c, names);
        for (PartitionRuntime p : targets) {
            EngineException failure = loads.loadFailure(p);
            if (failure != null) {
                throw failure;
            }
        }
        List<PartitionRuntime> active = new ArrayList<>();
        for (PartitionRuntime p : targets) {
            if (p.loadedOrLoading() || !names.isEmpty()) {
                active.add(p);
            }
        }
        return percent(active);
    }

    LoadState state(String collection, List<String> names) {
        CollectionRuntime c = registry.find(collection);
        if (c == null) {
            return LoadState.NOT_EXIST;
        }
        if (names.isEmpty()) {
            return c.loadState();
        }
        boolean loading = false;
        boolean notLoaded = false;
        for (String n : names) {
            PartitionRuntime p = c.partition(Names.trimmed(n));
            if (p == null) {
                return LoadState.NOT_EXIST;
            }
            LoadState s = p.state;
            loading |= s == LoadState.LOADING;
            notLoaded |= s == LoadState.NOT_LOAD;
        }
        return notLoaded ? LoadState.NOT_LOAD : loading ? LoadState.LOADING : LoadState.LOADED;
    }

    private List<PartitionRuntime> targets(CollectionRuntime c, List<String> names) {
        return names.isEmpty() ? c.partitions : c.named(names, profile::partitionNotFound);
    }

    static int percent(List<PartitionRuntime> partitions) {
        if (partitions.isEmpty()) {
            return 0;
        }
        long sum = 0;
        for (PartitionRuntime p : partitions) {
            sum += p.state == LoadState.NOT_LOAD ? 0 : p.progress;
        }
        return (int) (sum / partitions.size());
    }
}
