package io.partita.server.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The durable catalog: collections, partitions, aliases, load records and the id counter, in
 * one H2 MVStore file ({@code catalog.mv}). Every mutation is committed and synced before it
 * returns (except {@link #putPartitionDeferred}, whose caller syncs with {@link #awaitDurable});
 * concurrent mutations share one fsync. Thread-safe. The owner closes it.
 */
public final class CatalogStore implements AutoCloseable {
    private static final String NEXT_ID = "nextId";
    private static final long FIRST_ID = 440_000_000_000_000_000L;
    /** Ids are reserved durably in blocks, so handing one out rarely costs a commit. */
    private static final long ID_BLOCK = 1024;

    private final MVStore store;
    private final MVMap<Long, byte[]> collections;
    private final MVMap<Long, byte[]> partitions;
    private final MVMap<String, Long> aliases;
    private final MVMap<Long, byte[]> loads;
    private final MVMap<String, Long> counters;
    private long nextId;
    private long reservedUpTo;
    private final Object syncLock = new Object();
    private volatile long syncedVersion;

    private CatalogStore(MVStore store) {
        this.store = store;
        this.collections = store.openMap("collections");
        this.partitions = store.openMap("partitions");
        this.aliases = store.openMap("aliases");
        this.loads = store.openMap("loads");
        this.counters = store.openMap("counters");
    }

    /** Opens or creates {@code dir/catalog.mv}; fails if another engine holds it. */
    public static CatalogStore open(Path dir) {
        MVStore s = new MVStore.Builder()
                .fileName(dir.resolve("catalog.mv").toString())
                .autoCommitDisabled()
                .open();
        return new CatalogStore(s);
    }

    /** A new id, greater than every id handed out before (also across restarts). */
    public synchronized long nextId() {
        if (nextId >= reservedUpTo) {
            nextId = counters.getOrDefault(NEXT_ID, FIRST_ID);
            reservedUpTo = nextId + ID_BLOCK;
            counters.put(NEXT_ID, reservedUpTo);
            commit();
        }
        return nextId++;
    }

    public synchronized void putCollection(CollectionMeta m) {
        collections.put(m.id(), MetaCodec.encode(m));
        commit();
    }

    /** Removes the collection, its partitions, aliases and load record in one commit. */
    public synchronized void removeCollection(long collectionId) {
        collections.remove(collectionId);
        for (PartitionMeta p : partitions(collectionId)) {
            partitions.remove(p.id());
        }
        aliases.entrySet().removeIf(e -> e.getValue() == collectionId);
        loads.remove(collectionId);
        commit();
    }

    public synchronized List<CollectionMeta> collections() {
        List<CollectionMeta> out = new ArrayList<>();
        for (byte[] b : collections.values()) {
            out.add(MetaCodec.decodeCollection(b));
        }
        return out;
    }

    public void putPartition(PartitionMeta p) {
        awaitDurable(putPartitionDeferred(p));
    }

    /** Records the partition and returns the version to pass to {@link #awaitDurable}; not yet synced. */
    public synchronized long putPartitionDeferred(PartitionMeta p) {
        partitions.put(p.id(), MetaCodec.encode(p));
        return store.commit();
    }

    /** Waits until every change up to {@code version} is on disk; concurrent callers share one fsync. */
    public void awaitDurable(long version) {
        if (syncedVersion >= version) {
            return;
        }
        synchronized (syncLock) {
            if (syncedVersion >= version) {
                return;
            }
            long target = store.getCurrentVersion();
            store.sync();
            syncedVersion = Math.max(syncedVersion, target);
        }
    }

    public synchronized void removePartition(long partitionId) {
        partitions.remove(partitionId);
        commit();
    }

    public synchronized List<PartitionMeta> partitions(long collectionId) {
        List<PartitionMeta> out = new ArrayList<>();
        for (byte[] b : partitions.values()) {
            PartitionMeta p = MetaCodec.decodePartition(b);
            if (p.collectionId() == collectionId) {
                out.add(p);
            }
        }
        return out;
    }

    public synchronized void putAlias(String alias, long collectionId) {
        aliases.put(alias, collectionId);
        commit();
    }

    public synchronized void removeAlias(String alias) {
        aliases.remove(alias);
        commit();
    }

    public synchronized Map<String, Long> aliases() {
        return new HashMap<>(aliases);
    }

    public synchronized void putLoad(LoadRecord r) {
        loads.put(r.collectionId(), MetaCodec.encode(r));
        commit();
    }

    public synchronized void removeLoad(long collectionId) {
        if (loads.remove(collectionId) != null) {
            commit();
        }
    }

    public synchronized List<LoadRecord> loads() {
        List<LoadRecord> out = new ArrayList<>();
        for (byte[] b : loads.values()) {
            out.add(MetaCodec.decodeLoad(b));
        }
        return out;
    }

    private void commit() {
        long v = store.commit();
        synchronized (syncLock) {
            store.sync();
            syncedVersion = Math.max(syncedVersion, v);
        }
    }

    @Override
    public synchronized void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }
}
