package io.partita.server.engine.core;

import io.partita.server.catalog.CatalogStore;
import io.partita.server.catalog.LoadRecord;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.memory.QueryNodes;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.LoadState;
import io.partita.server.storage.ColumnCodec;
import io.partita.server.storage.PartitionStore;
import io.partita.server.storage.SegmentData;
import io.partita.server.storage.SegmentFileReader;
import io.partita.server.storage.Tombstones;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and releases partitions: admission against the query nodes' memory, background
 * reading with progress, publication of the loaded snapshot, cancellation on release, and
 * the growing data of loaded partitions. Methods marked "under the lock" require the
 * collection's lock; the background part takes it only to publish.
 */
final class LoadManager {
    private static final Logger LOG = LoggerFactory.getLogger(LoadManager.class);

    private final LifecycleProfile profile;
    private final QueryNodes nodes;
    private final CatalogStore catalog;
    private final ExecutorService loaders;

    LoadManager(LifecycleProfile profile, QueryNodes nodes, CatalogStore catalog, ExecutorService loaders) {
        this.profile = profile;
        this.nodes = nodes;
        this.catalog = catalog;
        this.loaders = loaders;
    }

    /**
     * Under the lock: admits and schedules loading {@code ids}; sets the collection's load type.
     * Throws (changing nothing) when replicas or memory do not suffice.
     */
    void schedule(CollectionRuntime c, Set<Long> ids, int replicas, boolean byCollection) {
        boolean first = !c.anyLoadedOrLoading();
        if (first) {
            if (replicas > nodes.count()) {
                throw profile.unexpected(
                        "no enough nodes to create replicas, node_num=" + nodes.count() + " replica_num=" + replicas);
            }
        }
        List<int[]> groups = first ? nodes.groups(replicas) : c.groups;
        List<PartitionRuntime> targets = new ArrayList<>();
        List<long[]> items = new ArrayList<>();
        List<List<SegmentData>> growing = new ArrayList<>();
        long totalBytes = 0;
        for (PartitionRuntime p : c.partitions) {
            if (!ids.contains(p.id()) || p.loadedOrLoading()) {
                continue;
            }
            String corrupt = p.store.corruptFiles().isEmpty()
                    ? null
                    : p.store.corruptFiles().get(0);
            if (corrupt != null) {
                throw profile.unexpected("cannot load partition " + p.name() + ": " + corrupt);
            }
            List<SegmentData> chunks = readGrowing(p);
            List<PartitionStore.StoredSegment> files = p.store.segments();
            long[] sizes = new long[files.size() + chunks.size()];
            int i = 0;
            for (PartitionStore.StoredSegment f : files) {
                sizes[i++] = SegmentData.ramBytesFor(
                        f.header().ramBytes(),
                        f.header().rowCount(),
                        f.header().columns().size());
            }
            for (SegmentData chunk : chunks) {
                sizes[i++] = chunk.ramBytesUsed();
            }
            for (long s : sizes) {
                totalBytes += s;
            }
            targets.add(p);
            items.add(sizes);
            growing.add(chunks);
        }
        List<QueryNodes.Charge> charges = nodes.tryChargeAll(groups, items);
        if (charges == null) {
            throw profile.memoryRefused(totalBytes, replicas);
        }
        if (first) {
            c.replicaNumber = replicas;
            c.groups = groups;
            List<Long> replicaIds = new ArrayList<>();
            for (int r = 0; r < replicas; r++) {
                replicaIds.add(catalog.nextId());
            }
            c.replicaIds = replicaIds;
        }
        c.byCollection = byCollection;
        for (int t = 0; t < targets.size(); t++) {
            start(c, targets.get(t), charges.get(t), growing.get(t));
        }
        persist(c);
    }

    private List<SegmentData> readGrowing(PartitionRuntime p) {
        try {
            return p.store.readGrowing();
        } catch (IOException e) {
            throw profile.unexpected(
                    "cannot read the write-ahead log of partition " + p.name() + ": " + e.getMessage());
        }
    }

    private void start(CollectionRuntime c, PartitionRuntime p, QueryNodes.Charge charge, List<SegmentData> chunks) {
        long bytes = 0;
        long covered = 0;
        for (PartitionStore.StoredSegment f : p.store.segments()) {
            bytes += f.header().headerBytes() + f.header().bodyBytes();
            covered = Math.max(covered, f.header().seq());
        }
        for (SegmentData chunk : chunks) {
            for (FieldColumn col : chunk.columns()) {
                bytes += ColumnCodec.encodedBytes(col);
            }
            covered = Math.max(covered, chunk.seq());
        }
        p.generation++;
        LoadTask task = new LoadTask(p.generation, p.store.segments(), chunks, bytes);
        p.task = task;
        p.charge = charge;
        p.coveredSeq = covered;
        p.progress = 0;
        p.loadError = null;
        p.state = LoadState.LOADING;
        try {
            loaders.execute(() -> run(c, p, task));
        } catch (RejectedExecutionException e) {
            release(c, p);
            throw profile.unexpected("the engine is closing");
        }
    }

    private void run(CollectionRuntime c, PartitionRuntime p, LoadTask task) {
        try {
            List<SegmentData> segments = new ArrayList<>();
            for (PartitionStore.StoredSegment f : task.files) {
                segments.add(
                        SegmentFileReader.read(f.file(), c.fields(), n -> advance(p, task, n), () -> task.cancelled));
            }
            publish(c, p, task, segments);
        } catch (CancellationException e) {
            // released while loading: release() already freed everything
        } catch (IOException | RuntimeException e) {
            fail(c, p, task, e);
        }
    }

    private static void advance(PartitionRuntime p, LoadTask task, long bytes) {
        long done = task.doneBytes.addAndGet(bytes);
        if (!task.cancelled && task.totalBytes > 0) {
            p.raiseProgress((int) Math.min(99, done * 100 / task.totalBytes));
        }
    }

    private void publish(CollectionRuntime c, PartitionRuntime p, LoadTask task, List<SegmentData> segments) {
        c.lock.lock();
        try {
            if (task.cancelled || p.task != task) {
                return;
            }
            List<SegmentData> all = new ArrayList<>(segments);
            all.addAll(task.growing);
            all.addAll(task.pending);
            int pk = c.pkIndex();
            Tombstones tombstones = p.store.tombstones();
            for (int i = 0; i < all.size(); i++) {
                all.set(i, tombstones.apply(all.get(i), pk));
            }
            p.loaded = new LoadedPartition(p.id(), all);
            p.task = null;
            p.progress = 100;
            p.state = LoadState.LOADED;
        } finally {
            c.lock.unlock();
        }
    }

    private void fail(CollectionRuntime c, PartitionRuntime p, LoadTask task, Exception e) {
        LOG.warn("loading partition {} of collection {} failed: {}", p.name(), c.name(), e.getMessage());
        c.lock.lock();
        try {
            if (p.task != task) {
                return;
            }
            release(c, p);
            p.loadError = "failed to load partition " + p.name() + " of collection " + c.name() + ": " + e.getMessage();
            afterRelease(c);
        } finally {
            c.lock.unlock();
        }
    }

    /** Under the lock: cancels any load of {@code p} and frees its memory at once. */
    void release(CollectionRuntime c, PartitionRuntime p) {
        if (p.task != null) {
            p.task.cancelled = true;
            p.task = null;
        }
        p.loaded = null;
        p.state = LoadState.NOT_LOAD;
        p.progress = 0;
        p.generation++;
        nodes.free(p.charge);
        p.charge = null;
    }

    /** Under the lock: resets the load type when nothing is loaded any more, and persists it. */
    void afterRelease(CollectionRuntime c) {
        if (!c.anyLoadedOrLoading()) {
            c.byCollection = false;
            c.replicaNumber = 0;
            c.groups = List.of();
            c.replicaIds = List.of();
        }
        persist(c);
    }

    private void persist(CollectionRuntime c) {
        Set<Long> ids = new HashSet<>();
        for (PartitionRuntime p : c.partitions) {
            if (p.loadedOrLoading()) {
                ids.add(p.id());
            }
        }
        if (ids.isEmpty()) {
            catalog.removeLoad(c.id());
        } else {
            catalog.putLoad(new LoadRecord(c.id(), c.replicaNumber, c.byCollection, ids));
        }
    }

    /**
     * Under the lock, before an insert is written: charges its rows to a loaded (or loading)
     * partition, refusing the insert if that would pass the 90% limit. Returns the charge grown,
     * or null when the partition is not loaded.
     */
    QueryNodes.Charge reserveInsert(CollectionRuntime c, PartitionRuntime p, long bytes) {
        if (!p.loadedOrLoading()) {
            return null;
        }
        if (!nodes.fits(c.groups, bytes)) {
            throw new EngineException(
                    ErrorCodes.MEMORY_QUOTA_EXHAUSTED,
                    ErrorCodes.CODE_QUOTA_EXCEEDED,
                    "memory quota exhausted: inserting " + bytes + " bytes into loaded partition " + p.name()
                            + " would exceed 90% of the query nodes' memory",
                    false);
        }
        nodes.grow(p.charge, c.groups, bytes);
        return p.charge;
    }

    /**
     * Under the lock: makes an acknowledged insert resident if {@code p} is loaded or loading
     * and the load did not already read it. {@code reserved} is what {@link #reserveInsert}
     * charged; a release in between freed it, a reload in between is charged here.
     */
    void applyInsert(CollectionRuntime c, PartitionRuntime p, SegmentData chunk, QueryNodes.Charge reserved) {
        if (chunk.seq() <= p.coveredSeq || !p.loadedOrLoading()) {
            // already resident through a load or flush (or released): give the reservation back
            unreserve(c, p, reserved, chunk.ramBytesUsed());
            return;
        }
        SegmentData applied = p.store.tombstones().apply(chunk, c.pkIndex());
        if (p.charge != reserved) {
            nodes.grow(p.charge, c.groups, applied.ramBytesUsed());
        }
        if (p.state == LoadState.LOADING) {
            p.task.pending.add(applied);
        } else {
            p.loaded = p.loaded.with(applied);
        }
    }

    /** Under the lock: returns an insert's reservation if it is still part of the partition's charge. */
    void unreserve(CollectionRuntime c, PartitionRuntime p, QueryNodes.Charge reserved, long bytes) {
        if (reserved != null && p.charge == reserved) {
            nodes.grow(reserved, c.groups, -bytes);
        }
    }

    /** Under the lock: applies the partition's tombstones to its resident data. */
    void applyDeletes(CollectionRuntime c, PartitionRuntime p) {
        if (p.state != LoadState.LOADED) {
            return; // a running load applies the tombstones when it publishes
        }
        int pk = c.pkIndex();
        List<SegmentData> next = new ArrayList<>();
        for (SegmentData s : p.loaded.segments()) {
            next.add(p.store.tombstones().apply(s, pk));
        }
        p.loaded = p.loaded.withSegments(next);
    }

    /**
     * Under the lock: replaces the resident growing chunks a flush sealed by the sealed segment
     * (a loading partition keeps its chunks: its task does not read the new file).
     */
    void applyFlush(CollectionRuntime c, PartitionRuntime p, PartitionStore.FlushOutcome flush) {
        if (p.state != LoadState.LOADED) {
            return;
        }
        SegmentData sealed = flush.merged();
        p.coveredSeq = Math.max(p.coveredSeq, flush.sealedSeq());
        List<SegmentData> next = new ArrayList<>();
        long before = 0;
        for (SegmentData s : p.loaded.segments()) {
            if (s.growing() && s.segmentId() == flush.growingSegmentId() && s.seq() <= flush.sealedSeq()) {
                before += s.ramBytesUsed();
            } else {
                next.add(s);
            }
        }
        long after = 0;
        if (sealed != null) {
            SegmentData applied = p.store.tombstones().apply(sealed, c.pkIndex());
            next.add(applied);
            after = applied.ramBytesUsed();
        }
        nodes.grow(p.charge, c.groups, after - before);
        p.loaded = p.loaded.withSegments(next);
    }

    /** For errors reported by progress calls: the partition's failed load, if any. */
    EngineException loadFailure(PartitionRuntime p) {
        String e = p.loadError;
        return e == null ? null : profile.unexpected(e);
    }
}
