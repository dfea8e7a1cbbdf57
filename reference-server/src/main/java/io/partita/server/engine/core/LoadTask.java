package io.partita.server.engine.core;

import io.partita.server.storage.PartitionStore;
import io.partita.server.storage.SegmentData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One partition's background load: what to read (captured when scheduled), how far it got,
 * and whether it was cancelled. Inserts arriving while it runs are queued in {@link #pending}
 * (guarded by the collection lock) and published with it.
 */
final class LoadTask {
    final long generation;
    final List<PartitionStore.StoredSegment> files;
    final List<SegmentData> growing;
    final long totalBytes;
    final AtomicLong doneBytes = new AtomicLong();
    final List<SegmentData> pending = new ArrayList<>();
    volatile boolean cancelled;

    LoadTask(long generation, List<PartitionStore.StoredSegment> files, List<SegmentData> growing, long totalBytes) {
        this.generation = generation;
        this.files = List.copyOf(files);
        this.growing = List.copyOf(growing);
        this.totalBytes = totalBytes;
    }
}
