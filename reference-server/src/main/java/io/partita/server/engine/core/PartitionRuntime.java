package io.partita.server.engine.core;

import io.partita.server.catalog.PartitionMeta;
import io.partita.server.memory.QueryNodes;
import io.partita.server.model.LoadState;
import io.partita.server.storage.PartitionStore;

/**
 * A partition's live state. Fields are written only under the owning collection's lock;
 * {@link #state}, {@link #loaded} and {@link #progress} are volatile so readers need no lock.
 * Invariant: {@code loaded != null} iff {@code state == LOADED}.
 */
final class PartitionRuntime {
    final PartitionMeta meta;
    final PartitionStore store;
    volatile LoadState state = LoadState.NOT_LOAD;
    volatile LoadedPartition loaded;
    /** 0..100, never decreasing within one load. */
    volatile int progress;
    /** Why the last load failed, or null. */
    volatile String loadError;

    LoadTask task;
    QueryNodes.Charge charge;
    long generation;
    /** Highest timestamp included in the current load (skips inserts it already contains). */
    long coveredSeq;

    PartitionRuntime(PartitionMeta meta, PartitionStore store) {
        this.meta = meta;
        this.store = store;
    }

    long id() {
        return meta.id();
    }

    String name() {
        return meta.name();
    }

    boolean loadedOrLoading() {
        LoadState s = state;
        return s == LoadState.LOADED || s == LoadState.LOADING;
    }

    void raiseProgress(int percent) {
        if (percent > progress) {
            progress = percent;
        }
    }
}
