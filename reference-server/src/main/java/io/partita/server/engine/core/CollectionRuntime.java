package io.partita.server.engine.core;

import io.partita.server.catalog.CollectionMeta;
import io.partita.server.lifecycle.LoadView;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.LoadState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A collection's live state. State changes hold {@link #lock}; readers (search, query, show)
 * use the volatile snapshots ({@link #meta}, {@link #partitions}) without it.
 */
final class CollectionRuntime {
    final ReentrantLock lock = new ReentrantLock();
    volatile CollectionMeta meta;
    /** Partitions in creation order; replaced (copy-on-write) under the lock. */
    volatile List<PartitionRuntime> partitions = List.of();

    volatile boolean dropped;
    // load type, guarded by lock
    boolean byCollection;
    int replicaNumber;
    List<int[]> groups = List.of();
    List<Long> replicaIds = List.of();
    /** The resource group of each replica. */
    List<String> replicaGroups = List.of();
    /**
     * The fields the current load holds in memory, schema order ({@code load_fields}); null = every
     * field. Written under the lock with the first load, read by searches and queries.
     */
    volatile boolean[] residentFields;
    /** Segments read by searches and queries since open (a partition key filter reads fewer). */
    final java.util.concurrent.atomic.LongAdder segmentsRead = new java.util.concurrent.atomic.LongAdder();

    CollectionRuntime(CollectionMeta meta) {
        this.meta = meta;
    }

    long id() {
        return meta.id();
    }

    String name() {
        return meta.name();
    }

    List<FieldSchema> fields() {
        return meta.schema().fields();
    }

    int pkIndex() {
        List<FieldSchema> f = fields();
        for (int i = 0; i < f.size(); i++) {
            if (f.get(i).primaryKey()) {
                return i;
            }
        }
        throw new IllegalStateException("no primary key in " + name());
    }

    PartitionRuntime partition(String name) {
        for (PartitionRuntime p : partitions) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The partitions these names name (each trimmed, see {@link Names#trimmed}), in the order given.
     *
     * @param notFound the refusal for a name no partition has (worded per profile and call)
     */
    List<PartitionRuntime> named(List<String> names, Function<String, EngineException> notFound) {
        List<PartitionRuntime> out = new ArrayList<>(names.size());
        for (String n : names) {
            PartitionRuntime p = partition(Names.trimmed(n));
            if (p == null) {
                throw notFound.apply(n);
            }
            out.add(p);
        }
        return out;
    }

    PartitionRuntime partition(long id) {
        for (PartitionRuntime p : partitions) {
            if (p.id() == id) {
                return p;
            }
        }
        return null;
    }

    void addPartition(PartitionRuntime p) {
        List<PartitionRuntime> next = new ArrayList<>(partitions);
        next.add(p);
        partitions = List.copyOf(next);
    }

    void removePartition(PartitionRuntime p) {
        List<PartitionRuntime> next = new ArrayList<>(partitions);
        next.remove(p);
        partitions = List.copyOf(next);
    }

    boolean anyLoadedOrLoading() {
        for (PartitionRuntime p : partitions) {
            if (p.loadedOrLoading()) {
                return true;
            }
        }
        return false;
    }

    /** The profile's view of the load state. Call under the lock. */
    LoadView view() {
        Set<Long> loaded = new HashSet<>();
        Set<Long> all = new HashSet<>();
        for (PartitionRuntime p : partitions) {
            all.add(p.id());
            if (p.loadedOrLoading()) {
                loaded.add(p.id());
            }
        }
        return new LoadView(
                id(), name(), byCollection && !loaded.isEmpty(), loaded.isEmpty() ? 0 : replicaNumber, loaded, all);
    }

    /** Collection-level state: Loading if any partition loads, else Loaded if any is loaded. */
    LoadState loadState() {
        boolean loaded = false;
        for (PartitionRuntime p : partitions) {
            if (p.state == LoadState.LOADING) {
                return LoadState.LOADING;
            }
            loaded |= p.state == LoadState.LOADED;
        }
        return loaded ? LoadState.LOADED : LoadState.NOT_LOAD;
    }
}
