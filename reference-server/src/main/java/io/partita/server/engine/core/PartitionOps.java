package io.partita.server.engine.core;

import io.partita.server.catalog.CatalogStore;
import io.partita.server.catalog.PartitionMeta;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.LoadState;
import io.partita.server.model.PartitionInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Create, drop, list partitions; row counts (SEMANTICS rows 14-18, 23). */
final class PartitionOps {

    private final LifecycleProfile profile;
    private final Registry registry;
    private final CatalogStore catalog;
    private final Stores stores;
    private final LoadManager loads;
    private final HybridClock clock;

    PartitionOps(
            LifecycleProfile profile,
            Registry registry,
            CatalogStore catalog,
            Stores stores,
            LoadManager loads,
            HybridClock clock) {
        this.profile = profile;
        this.registry = registry;
        this.catalog = catalog;
        this.stores = stores;
        this.loads = loads;
        this.clock = clock;
    }

    long create(String collection, String partition) {
        CollectionRuntime c = registry.get(collection);
        PartitionKeys.refuseManual(profile, c, "create partition");
        String name = Names.check(profile, "partition", partition);
        long version;
        long id;
        c.lock.lock();
        try {
            if (c.dropped) {
                throw profile.collectionNotFound(c.name());
            }
            PartitionRuntime existing = c.partition(name);
            if (existing != null) {
                profile.checkCreateExistingPartition(name);
                return existing.id();
            }
            if (c.partitions.size() >= profile.maxPartitions()) {
                throw profile.tooManyPartitions(c.name(), c.partitions.size());
            }
            long ts = clock.next();
            PartitionMeta meta = new PartitionMeta(catalog.nextId(), c.id(), name, ts, HybridClock.physicalMs(ts));
            PartitionRuntime p = new PartitionRuntime(meta, stores.open(c.meta, meta));
            version = catalog.putPartitionDeferred(meta);
            c.addPartition(p);
            if (c.byCollection && c.anyLoadedOrLoading()) {
                // a collection loaded as a whole keeps every partition loaded, new ones included
                loads.schedule(c, Set.of(p.id()), c.replicaNumber, true);
            }
            id = meta.id();
        } catch (IOException e) {
            throw profile.unexpected("cannot create the storage of partition " + name + ": " + e.getMessage());
        } finally {
            c.lock.unlock();
        }
        catalog.awaitDurable(version); // outside the lock: concurrent creates share an fsync
        return id;
    }

    void drop(String collection, String partition) {
        CollectionRuntime c = registry.get(collection);
        PartitionKeys.refuseManual(profile, c, "drop partition");
        Names.checkBeforeLookup(profile, "partition", partition);
        String name = Names.trimmed(partition);
        if (name.equals(PartitionMeta.DEFAULT_NAME)) {
            throw profile.unexpected("default partition cannot be deleted");
        }
        c.lock.lock();
        try {
            PartitionRuntime p = c.partition(name);
            if (p == null) {
                profile.checkDropMissingPartition(name);
                return;
            }
            if (p.loadedOrLoading()) {
                profile.checkDropLoadedPartition(c.view(), name);
                loads.release(c, p);
            }
            c.removePartition(p);
            loads.afterRelease(c);
            catalog.removePartition(p.id());
            p.store.destroy();
        } catch (IOException e) {
            throw profile.unexpected(
                    "dropped partition " + name + " but could not delete its files: " + e.getMessage());
        } finally {
            c.lock.unlock();
        }
    }

    boolean has(String collection, String partition) {
        CollectionRuntime c = registry.get(collection);
        Names.checkBeforeLookup(profile, "partition", partition);
        return c.partition(Names.trimmed(partition)) != null;
    }

    List<PartitionInfo> show(String collection, List<String> names, boolean inMemory) {
        CollectionRuntime c = registry.get(collection);
        List<PartitionRuntime> targets = names.isEmpty() ? c.partitions : c.named(names, profile::partitionNotFound);
        List<PartitionInfo> out = new ArrayList<>();
        for (PartitionRuntime p : targets) {
            LoadState state = p.state;
            if (inMemory && state == LoadState.NOT_LOAD) {
                var refusal = profile.showPartitionNotLoaded(p.id(), c.id());
                if (refusal != null) {
                    if (!names.isEmpty()) {
                        throw refusal;
                    }
                    continue;
                }
            }
            int percent = state == LoadState.NOT_LOAD ? 0 : p.progress;
            out.add(new PartitionInfo(
                    p.name(), p.id(), p.meta.createdTimestamp(), p.meta.createdUtcMs(), percent, state));
        }
        return out;
    }

    long rowCount(String collection, String partition) {
        CollectionRuntime c = registry.get(collection);
        c.lock.lock();
        try {
            PartitionRuntime p = c.partition(Names.trimmed(partition));
            if (p == null) {
                throw profile.partitionNotFound(partition);
            }
            return p.store.insertedRows();
        } finally {
            c.lock.unlock();
        }
    }
}
