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
 * returns. Thread-safe (methods are synchronized; the catalog is not on a hot path). The
 * owner closes it.
 */
public final class CatalogStore implements AutoCloseable {
    private static final String NEXT_ID = "nextId";
    private static final long FIRST_ID = 440_000_000_000_000_000L;

    private final MVStore store;
    private final MVMap<Long, byte[]> collections;
    private final MVMap<Long, byte[]> partitions;
    private final MVMap<String, Long> aliases;
    private final MVMap<Long, byte[]> loads;
    private final MVMap<String, Long> counters;

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
        MVStore s = new MVStore.Builder().fileName(dir.resolve("catalog.mv").toString()).autoCommitDisabled().open();
        return new CatalogStore(s);
    }

    /** A new id, greater than every id handed out before (also across restarts). */
    public synchronized long nextId() {
        long id = counters.getOrDefault(NEXT_ID, FIRST_ID);
        counters.put(NEXT_ID, id + 1);
        commit();
        return id;
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

    public synchronized void putPartition(PartitionMeta p) {
        partitions.put(p.id(), MetaCodec.encode(p));
        commit();
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
        store.commit();
        store.sync();
    }

    @Override
    public synchronized void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }
}
