package io.partita.server.engine.core;

import io.partita.server.catalog.CatalogStore;
import io.partita.server.catalog.IndexMeta;
import io.partita.server.catalog.LoadRecord;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.memory.QueryNodes;
import io.partita.server.memory.ResourceGroups;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.LoadState;
import io.partita.server.search.IndexFile;
import io.partita.server.search.IndexSpec;
import io.partita.server.search.VectorIndex;
import io.partita.server.search.VectorIndexes;
import io.partita.server.storage.ColumnCodec;
import io.partita.server.storage.Columns;
import io.partita.server.storage.PartitionStore;
import io.partita.server.storage.SegmentData;
import io.partita.server.storage.SegmentFileReader;
import io.partita.server.storage.SegmentHeader;
import io.partita.server.storage.Tombstones;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    private final ResourceGroups resourceGroups;
    private final CatalogStore catalog;
    private final ExecutorService loaders;
    private final IndexBuilds builds;
    /** The server-wide {@code mmap.enabled} (see {@link LoadFields#mapped}). */
    private final boolean mmapDefault;

    LoadManager(
            LifecycleProfile profile,
            QueryNodes nodes,
            ResourceGroups resourceGroups,
            CatalogStore catalog,
            ExecutorService loaders,
            IndexBuilds builds,
            boolean mmapDefault) {
        this.mmapDefault = mmapDefault;
        this.profile = profile;
        this.nodes = nodes;
        this.resourceGroups = resourceGroups;
        this.catalog = catalog;
        this.loaders = loaders;
        this.builds = builds;
    }

    /**
     * Under the lock: admits and schedules loading {@code ids}; sets the collection's load type.
     * Throws (changing nothing) when replicas or memory do not suffice.
     */
    void schedule(CollectionRuntime c, Set<Long> ids, int replicas, boolean byCollection) {
        schedule(c, ids, replicas, byCollection, List.of(), c.residentFields);
    }

    /**
     * As {@link #schedule(CollectionRuntime, Set, int, boolean)}, placing the replicas of a
     * first load on these resource groups (empty = the default group) and holding only the fields
     * marked in {@code resident} (schema order; null = every field; a later load keeps the first's).
     */
    void schedule(
            CollectionRuntime c,
            Set<Long> ids,
            int replicas,
            boolean byCollection,
            List<String> rgs,
            boolean[] resident) {
        boolean first = !c.anyLoadedOrLoading();
        boolean[] fields = first ? resident : c.residentFields;
        List<String> placement = c.replicaGroups;
        if (first) {
            int defaultNodes = resourceGroups.nodes(ResourceGroups.DEFAULT).length;
            if (rgs.isEmpty() && replicas > defaultNodes) {
                throw profile.unexpected(
                        "no enough nodes to create replicas, node_num=" + defaultNodes + " replica_num=" + replicas);
            }
            placement = resourceGroups.assign(replicas, rgs);
        }
        List<int[]> groups = first ? resourceGroups.place(placement) : c.groups;
        List<PartitionRuntime> targets = new ArrayList<>();
        List<long[]> items = new ArrayList<>();
        List<List<SegmentData>> growing = new ArrayList<>();
        List<List<LoadTask.IndexLoad>> indexLoads = new ArrayList<>();
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
            List<SegmentData> chunks = readGrowing(p, fields);
            List<PartitionStore.StoredSegment> files = p.store.segments();
            long[] sizes = new long[files.size() + chunks.size()];
            boolean[] mapped = LoadFields.mapped(c.fields(), fields, mmapDefault);
            List<LoadTask.IndexLoad> built = builtIndexes(c, p, fields, mapped);
            int i = 0;
            for (PartitionStore.StoredSegment f : files) {
                sizes[i] = SegmentData.ramBytesFor(
                        residentColumnBytes(c, f.header(), fields, mapped),
                        f.header().rowCount(),
                        f.header().columns().size());
                for (LoadTask.IndexLoad il : built) {
                    if (il.segmentId() == f.header().segmentId()) {
                        sizes[i] += il.ramBytes();
                    }
                }
                i++;
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
            indexLoads.add(built);
        }
        List<QueryNodes.Charge> charges = nodes.tryChargeAll(groups, items);
        if (charges == null) {
            throw profile.memoryRefused(totalBytes, replicas);
        }
        if (first) {
            c.residentFields = fields;
            c.replicaNumber = replicas;
            c.groups = groups;
            c.replicaGroups = placement;
            List<Long> replicaIds = new ArrayList<>();
            for (int r = 0; r < replicas; r++) {
                replicaIds.add(catalog.nextId());
            }
            c.replicaIds = replicaIds;
        }
        c.byCollection = byCollection;
        for (int t = 0; t < targets.size(); t++) {
            start(c, targets.get(t), charges.get(t), growing.get(t), indexLoads.get(t));
        }
        persist(c);
    }

    /**
     * Heap bytes of a segment's columns that {@code resident} holds (null = every column), leaving
     * out the memory-mapped ones ({@code mapped}; null = none): their values are charged to disk.
     */
    private static long residentColumnBytes(
            CollectionRuntime c, SegmentHeader h, boolean[] resident, boolean[] mapped) {
        if (resident == null && mapped == null) {
            return h.ramBytes();
        }
        long total = 0;
        List<FieldSchema> fields = c.fields();
        for (SegmentHeader.ColumnEntry e : h.columns()) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).fieldId() == e.fieldId()
                        && LoadFields.holds(resident, i)
                        && !(mapped != null && mapped[i])) {
                    total += e.ramBytes();
                }
            }
        }
        return total;
    }

    /**
     * The built index files of {@code p}'s sealed segments on resident fields, with the memory
     * their headers declare.
     */
    private static List<LoadTask.IndexLoad> builtIndexes(
            CollectionRuntime c, PartitionRuntime p, boolean[] resident, boolean[] mapped) {
        List<LoadTask.IndexLoad> out = new ArrayList<>();
        for (IndexMeta im : c.meta.indexes()) {
            IndexSpec spec = IndexBuilds.spec(c, im);
            int field = IndexBuilds.fieldIndex(c, im.fieldName());
            if (spec == null
                    || field < 0
                    || !VectorIndexes.builds(spec)
                    || !LoadFields.holds(resident, field)
                    || (mapped != null && mapped[field] && !VectorIndexes.diskResident(spec))) {
                // a memory-mapped field is scanned exactly: the indexes work on heap arrays (DISKANN
                // reads its own file, so it serves mapped fields too)
                continue;
            }
            for (PartitionStore.StoredSegment f : p.store.segments()) {
                Path file = IndexBuilds.file(p, f.header().segmentId(), im.id());
                try {
                    IndexFile.Header h = IndexFile.readHeader(file);
                    out.add(new LoadTask.IndexLoad(
                            file, f.header().segmentId(), field, h.ramBytes(), Files.size(file)));
                } catch (NoSuchFileException e) {
                    // not built yet: the exact scan serves this segment until the build attaches
                } catch (IOException e) {
                    LOG.warn("ignoring unreadable index file {} (it will be rebuilt): {}", file, e.toString());
                    deleteQuietly(file);
                }
            }
        }
        return out;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", file, e.toString());
        }
    }

    private List<SegmentData> readGrowing(PartitionRuntime p, boolean[] resident) {
        try {
            List<SegmentData> out = new ArrayList<>();
            for (SegmentData chunk : p.store.readGrowing()) {
                out.add(chunk.onlyFields(resident));
            }
            return out;
        } catch (IOException e) {
            throw profile.unexpected(
                    "cannot read the write-ahead log of partition " + p.name() + ": " + e.getMessage());
        }
    }

    private void start(
            CollectionRuntime c,
            PartitionRuntime p,
            QueryNodes.Charge charge,
            List<SegmentData> chunks,
            List<LoadTask.IndexLoad> indexes) {
        long bytes = 0;
        long covered = 0;
        for (PartitionStore.StoredSegment f : p.store.segments()) {
            bytes += f.header().headerBytes() + f.header().bodyBytes();
            covered = Math.max(covered, f.header().seq());
        }
        for (SegmentData chunk : chunks) {
            for (FieldColumn col : chunk.columns()) {
                bytes += col.resident() ? ColumnCodec.encodedBytes(col) : 0;
            }
            covered = Math.max(covered, chunk.seq());
        }
        for (LoadTask.IndexLoad il : indexes) {
            bytes += il.fileBytes();
        }
        p.generation++;
        LoadTask task = new LoadTask(p.generation, p.store.segments(), chunks, bytes, indexes);
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
            Map<LoadedPartition.IndexKey, VectorIndex> indexes = new HashMap<>();
            for (PartitionStore.StoredSegment f : task.files) {
                SegmentData s = SegmentFileReader.read(
                        f.file(),
                        c.fields(),
                        c.residentFields,
                        LoadFields.mapped(c.fields(), c.residentFields, mmapDefault),
                        n -> advance(p, task, n),
                        () -> task.cancelled);
                segments.add(s);
                loadIndexes(p, task, s, indexes);
            }
            publish(c, p, task, segments, indexes);
        } catch (CancellationException e) {
            // released while loading: release() already freed everything
        } catch (IOException | RuntimeException e) {
            fail(c, p, task, e);
        }
    }

    /** Loads the built indexes of segment {@code s}; an unreadable file is deleted (and rebuilt later). */
    private static void loadIndexes(
            PartitionRuntime p, LoadTask task, SegmentData s, Map<LoadedPartition.IndexKey, VectorIndex> out) {
        for (LoadTask.IndexLoad il : task.indexes) {
            if (il.segmentId() != s.segmentId()) {
                continue;
            }
            if (task.cancelled) {
                throw new CancellationException();
            }
            FieldColumn col = s.column(il.field());
            try {
                out.put(
                        new LoadedPartition.IndexKey(il.segmentId(), il.field()),
                        IndexBuilds.read(il.file(), col, s.rowCount()));
            } catch (IOException e) {
                LOG.warn(
                        "index file {} could not be loaded, searching its segment exactly: {}",
                        il.file(),
                        e.getMessage());
                deleteQuietly(il.file());
            }
            advance(p, task, il.fileBytes());
        }
    }

    private static void advance(PartitionRuntime p, LoadTask task, long bytes) {
        long done = task.doneBytes.addAndGet(bytes);
        if (!task.cancelled && task.totalBytes > 0) {
            p.raiseProgress((int) Math.min(99, done * 100 / task.totalBytes));
        }
    }

    private void publish(
            CollectionRuntime c,
            PartitionRuntime p,
            LoadTask task,
            List<SegmentData> segments,
            Map<LoadedPartition.IndexKey, VectorIndex> indexes) {
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
            LoadedPartition loaded = new LoadedPartition(p.id(), all, indexes);
            long unloaded = task.indexBytesCharged - loaded.indexBytes();
            if (unloaded != 0) {
                nodes.grow(p.charge, c.groups, -unloaded); // an index file failed: it was charged, not loaded
            }
            long mappedBytes = 0;
            for (SegmentData s : segments) {
                mappedBytes += s.mappedBytes();
            }
            nodes.growDisk(p.charge, c.groups, mappedBytes);
            p.loaded = loaded;
            p.task = null;
            p.progress = 100;
            p.state = LoadState.LOADED;
        } finally {
            c.lock.unlock();
        }
        builds.scheduleAll(c);
    }

    private void fail(CollectionRuntime c, PartitionRuntime p, LoadTask task, Exception e) {
        c.lock.lock();
        try {
            if (p.task != task) {
                // cancelled (a release or drop) while it read: the failure is the cancellation's, not news
                LOG.debug(
                        "a cancelled load of partition {} of collection {} stopped: {}",
                        p.name(),
                        c.name(),
                        e.getMessage());
                return;
            }
            LOG.warn("loading partition {} of collection {} failed: {}", p.name(), c.name(), e.getMessage());
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
            c.residentFields = null;
            c.byCollection = false;
            c.replicaNumber = 0;
            c.groups = List.of();
            c.replicaIds = List.of();
            c.replicaGroups = List.of();
        }
        persist(c);
    }

    /** Under the lock: records the collection's load (partitions, replicas, resident fields) durably. */
    void persist(CollectionRuntime c) {
        Set<Long> ids = new HashSet<>();
        for (PartitionRuntime p : c.partitions) {
            if (p.loadedOrLoading()) {
                ids.add(p.id());
            }
        }
        if (ids.isEmpty()) {
            catalog.removeLoad(c.id());
        } else {
            catalog.putLoad(new LoadRecord(c.id(), c.replicaNumber, c.byCollection, ids, residentIds(c)));
        }
    }

    /** The field ids a partial load holds; empty when it holds every field. */
    private static Set<Long> residentIds(CollectionRuntime c) {
        return c.residentFields == null ? Set.of() : new HashSet<>(LoadFields.ids(c.fields(), c.residentFields));
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
            unreserve(c, p, reserved, residentBytes(c, chunk));
            return;
        }
        SegmentData applied = p.store.tombstones().apply(chunk.onlyFields(c.residentFields), c.pkIndex());
        if (p.charge != reserved) {
            nodes.grow(p.charge, c.groups, applied.ramBytesUsed());
        }
        if (p.state == LoadState.LOADING) {
            p.task.pending.add(applied);
        } else {
            p.loaded = p.loaded.with(applied);
        }
    }

    /**
     * What rows cost once resident in {@code c}'s current load: a partial load charges only the
     * columns it holds. Under the lock (the load's fields change only with a first load).
     */
    static long residentBytes(CollectionRuntime c, SegmentData rows) {
        return rows.onlyFields(c.residentFields).ramBytesUsed();
    }

    /** Under the lock: returns an insert's reservation if it is still part of the partition's charge. */
    void unreserve(CollectionRuntime c, PartitionRuntime p, QueryNodes.Charge reserved, long bytes) {
        if (reserved != null && p.charge == reserved) {
            nodes.grow(reserved, c.groups, -bytes);
        }
    }

    /**
     * Under the lock, for AddCollectionField: every loaded partition's segments gain the new
     * (last) column, null or its default for rows stored before, charged to the nodes that hold
     * them; a partial load holds it as not loaded, uncharged. No partition may be loading.
     */
    void addColumn(CollectionRuntime c, FieldSchema f, boolean resident) {
        for (PartitionRuntime p : c.partitions) {
            if (p.state != LoadState.LOADED) {
                continue;
            }
            List<SegmentData> next = new ArrayList<>();
            long added = 0;
            for (SegmentData s : p.loaded.segments()) {
                List<FieldColumn> cols = new ArrayList<>(s.columns());
                cols.add(
                        resident
                                ? Columns.absent(f, s.rowCount())
                                : FieldColumn.notLoaded(f.name(), f.dataType(), f.columnDim(), s.rowCount()));
                SegmentData padded =
                        new SegmentData(s.segmentId(), s.seq(), s.rowCount(), cols, s.deleted(), s.growing());
                added += padded.ramBytesUsed() - s.ramBytesUsed();
                next.add(padded);
            }
            nodes.grow(p.charge, c.groups, added);
            p.loaded = p.loaded.withSegments(next);
        }
    }

    /**
     * Under the lock, for TruncateCollection: a loaded partition keeps its load (replicas, fields,
     * indexes) and holds no rows any more; its memory charge shrinks by what they held. No
     * partition may be loading.
     */
    void truncate(CollectionRuntime c, PartitionRuntime p) {
        if (p.state != LoadState.LOADED) {
            return;
        }
        long freed = 0;
        for (SegmentData s : p.loaded.segments()) {
            freed += s.ramBytesUsed();
        }
        p.loaded = p.loaded.withSegments(List.of());
        nodes.grow(p.charge, c.groups, -freed);
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
            SegmentData applied = p.store.tombstones().apply(sealed.onlyFields(c.residentFields), c.pkIndex());
            next.add(applied);
            after = applied.ramBytesUsed();
        }
        nodes.grow(p.charge, c.groups, after - before);
        p.loaded = p.loaded.withSegments(next);
    }

    /**
     * Under the lock, after {@code p}'s files were compacted: a loaded partition swaps its replaced
     * sealed segments (and their indexes) for the new segment in one snapshot, read from the new
     * file as the load read the old ones (same resident and mapped fields), and its charge drops by
     * what the swap freed. Returns the memory freed (0 when not loaded).
     */
    long applyCompaction(CollectionRuntime c, PartitionRuntime p, PartitionStore.CompactOutcome outcome)
            throws java.io.IOException {
        if (p.state != LoadState.LOADED) {
            return 0;
        }
        java.util.Set<Long> replaced = new java.util.HashSet<>();
        for (PartitionStore.StoredSegment s : outcome.sources()) {
            replaced.add(s.header().segmentId());
        }
        LoadedPartition before = p.loaded;
        List<SegmentData> next = new ArrayList<>();
        long diskBefore = 0;
        boolean placed = false;
        SegmentData added = null;
        if (outcome.target() != null) {
            added = p.store
                    .tombstones()
                    .apply(
                            SegmentFileReader.read(
                                    outcome.target().file(),
                                    c.fields(),
                                    c.residentFields,
                                    LoadFields.mapped(c.fields(), c.residentFields, mmapDefault),
                                    n -> {},
                                    () -> false),
                            c.pkIndex());
        }
        for (SegmentData s : before.segments()) {
            if (!s.growing() && replaced.contains(s.segmentId())) {
                diskBefore += s.mappedBytes();
                if (!placed && added != null) {
                    next.add(added); // where the first replaced segment stood: storage order is kept
                    placed = true;
                }
            } else {
                next.add(s);
            }
        }
        if (!placed && added != null) {
            next.add(added);
        }
        LoadedPartition after = before.withSegments(next);
        long freed = before.ramBytesUsed() - after.ramBytesUsed();
        nodes.grow(p.charge, c.groups, -freed);
        nodes.growDisk(p.charge, c.groups, (added == null ? 0 : added.mappedBytes()) - diskBefore);
        p.loaded = after;
        return freed;
    }

    /** After a flush sealed new segments of {@code c}: queues their index builds. */
    void sealed(CollectionRuntime c) {
        builds.scheduleAll(c);
    }

    /** For errors reported by progress calls: the partition's failed load, if any. */
    EngineException loadFailure(PartitionRuntime p) {
        String e = p.loadError;
        return e == null ? null : profile.unexpected(e);
    }
}
