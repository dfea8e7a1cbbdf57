package io.partita.server.engine.core;

import io.partita.server.catalog.CatalogStore;
import io.partita.server.catalog.CollectionMeta;
import io.partita.server.catalog.PartitionMeta;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.CollectionDescription;
import io.partita.server.model.CollectionInfo;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** Create, drop, describe and list collections; row counts. */
final class CollectionOps {
    private final LifecycleProfile profile;
    private final Registry registry;
    private final CatalogStore catalog;
    private final Stores stores;
    private final LoadManager loads;
    private final HybridClock clock;
    private final ReentrantLock ddl;

    CollectionOps(
            LifecycleProfile profile,
            Registry registry,
            CatalogStore catalog,
            Stores stores,
            LoadManager loads,
            HybridClock clock,
            ReentrantLock ddl) {
        this.profile = profile;
        this.registry = registry;
        this.catalog = catalog;
        this.stores = stores;
        this.loads = loads;
        this.clock = clock;
        this.ddl = ddl;
    }

    long create(CollectionSchema raw) {
        CollectionSchema schema = SchemaValidator.validate(profile, raw);
        ddl.lock();
        try {
            CollectionRuntime existing = registry.byExactName(schema.name());
            if (existing != null && !existing.dropped) {
                profile.checkDuplicateCollection(
                        schema.name(), existing.meta.schema().equals(schema));
                return existing.id();
            }
            if (registry.aliasTarget(schema.name()) != null) {
                throw profile.invalidParameter("collection name " + schema.name() + " is already used by an alias");
            }
            long ts = clock.next();
            long utc = HybridClock.physicalMs(ts);
            CollectionMeta meta = new CollectionMeta(catalog.nextId(), schema, ts, utc, List.of());
            PartitionMeta dp = new PartitionMeta(catalog.nextId(), meta.id(), PartitionMeta.DEFAULT_NAME, ts, utc);
            CollectionRuntime c = new CollectionRuntime(meta);
            c.addPartition(new PartitionRuntime(dp, stores.open(meta, dp)));
            catalog.putCollection(meta);
            catalog.putPartition(dp);
            registry.put(c);
            return meta.id();
        } catch (IOException e) {
            throw profile.unexpected(
                    "cannot create the storage of collection " + schema.name() + ": " + e.getMessage());
        } finally {
            ddl.unlock();
        }
    }

    void drop(String name) {
        ddl.lock();
        try {
            CollectionRuntime c = registry.find(name);
            if (c == null || !c.name().equals(Names.trimmed(name))) {
                throw profile.collectionNotFound(Names.trimmed(name));
            }
            c.lock.lock();
            try {
                for (PartitionRuntime p : c.partitions) {
                    loads.release(c, p);
                }
                c.dropped = true;
                catalog.removeCollection(c.id());
                registry.remove(c);
                for (PartitionRuntime p : c.partitions) {
                    p.store.destroy();
                }
                Files.deleteIfExists(stores.collectionDir(c.id()));
            } catch (IOException e) {
                throw profile.unexpected(
                        "dropped collection " + c.name() + " but could not delete its files: " + e.getMessage());
            } finally {
                c.lock.unlock();
            }
        } finally {
            ddl.unlock();
        }
    }

    boolean has(String name) {
        return registry.find(name) != null;
    }

    CollectionDescription describe(String name) {
        CollectionRuntime c = registry.get(name);
        CollectionMeta m = c.meta;
        List<String> aliases = new ArrayList<>();
        for (Map.Entry<String, String> e : registry.aliases().entrySet()) {
            if (e.getValue().equals(c.name())) {
                aliases.add(e.getKey());
            }
        }
        aliases.sort(null);
        List<String> channels = new ArrayList<>();
        for (int i = 0; i < m.schema().shardsNum(); i++) {
            channels.add("partita-dml_" + i + "_" + m.id() + "v" + i);
        }
        return new CollectionDescription(m.id(), m.schema(), m.createdTimestamp(), m.createdUtcMs(), aliases, channels);
    }

    List<CollectionInfo> show(List<String> names, boolean inMemory) {
        List<CollectionRuntime> targets = new ArrayList<>();
        if (names.isEmpty()) {
            targets.addAll(registry.all());
        } else {
            for (String n : names) {
                targets.add(registry.get(n));
            }
        }
        List<CollectionInfo> out = new ArrayList<>();
        for (CollectionRuntime c : targets) {
            LoadState state = c.loadState();
            if (inMemory && state == LoadState.NOT_LOAD) {
                if (!names.isEmpty()) {
                    var refusal = profile.showCollectionNotLoaded(c.name());
                    if (refusal != null) {
                        throw refusal;
                    }
                } else {
                    continue;
                }
            }
            out.add(new CollectionInfo(
                    c.name(),
                    c.id(),
                    c.meta.createdTimestamp(),
                    c.meta.createdUtcMs(),
                    LoadOps.percent(c.partitions.stream()
                            .filter(PartitionRuntime::loadedOrLoading)
                            .toList()),
                    state));
        }
        return out;
    }

    long rowCount(String name) {
        CollectionRuntime c = registry.get(name);
        long total = 0;
        c.lock.lock();
        try {
            for (PartitionRuntime p : c.partitions) {
                total += p.store.insertedRows();
            }
        } finally {
            c.lock.unlock();
        }
        return total;
    }
}
