package io.partita.server.engine.core;

import io.partita.server.storage.PartitionStore;
import io.partita.server.storage.SegmentData;
import java.nio.file.Path;
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
    /** Index files to load with the segments, and the bytes their headers promised (charged). */
    final List<IndexLoad> indexes;

    final long indexBytesCharged;
    final AtomicLong doneBytes = new AtomicLong();
    final List<SegmentData> pending = new ArrayList<>();
    volatile boolean cancelled;

    /** A built index to load: its file, segment, field (schema order), header size and file size. */
    record IndexLoad(Path file, long segmentId, int field, long ramBytes, long fileBytes) {}

    LoadTask(
            long generation,
            List<PartitionStore.StoredSegment> files,
            List<SegmentData> growing,
            long totalBytes,
            List<IndexLoad> indexes) {
        this.generation = generation;
        this.indexes = List.copyOf(indexes);
        long charged = 0;
        for (IndexLoad i : indexes) {
            charged += i.ramBytes();
        }
        this.indexBytesCharged = charged;
        this.files = List.copyOf(files);
        this.growing = List.copyOf(growing);
        this.totalBytes = totalBytes;
    }
}
