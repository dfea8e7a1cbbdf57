package io.partita.server.engine.core;

import io.partita.server.catalog.IndexMeta;
import io.partita.server.memory.QueryNodes;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.LoadState;
import io.partita.server.search.IndexFile;
import io.partita.server.search.IndexSpec;
import io.partita.server.search.Metric;
import io.partita.server.search.VectorIndex;
import io.partita.server.search.VectorIndexes;
import io.partita.server.storage.PartitionStore;
import io.partita.server.storage.SegmentData;
import io.partita.server.storage.SegmentFileReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asynchronous index builds. Every sealed segment of a collection gets a file per index whose
 * type has a structure ({@link VectorIndexes#builds}): after CreateIndex, after a flush seals
 * a segment, after a load publishes, and at engine open (so a build cut by {@code kill -9},
 * which leaves at most a {@code .tmp} file, is redone). A finished build is attached to the
 * loaded partition and charged to its query nodes by the index's {@code ramBytesUsed()};
 * until then searches scan that segment exactly. Builds run one at a time on their own
 * thread, lending their parallel part (HNSW's per-batch searches) to the search pool; a
 * segment's build reads the resident vectors when loaded, the segment file otherwise.
 */
final class IndexBuilds {
    private static final Logger LOG = LoggerFactory.getLogger(IndexBuilds.class);

    private final QueryNodes nodes;
    private final ExecutorService builder;
    /** The search pool, lent to a build's parallel part (the index is the same on any pool). */
    private final ExecutorService helpers;

    private final int helperThreads;
    /** Index files with a task queued or running. */
    private final Set<Path> queued = ConcurrentHashMap.newKeySet();

    IndexBuilds(QueryNodes nodes, ExecutorService builder, ExecutorService helpers, int helperThreads) {
        this.nodes = nodes;
        this.builder = builder;
        this.helpers = helpers;
        this.helperThreads = helperThreads;
    }

    /**
     * The spec of a catalog index, or null when it is never built: its params no longer parse, or
     * its field is neither a FLOAT_VECTOR nor a BINARY_VECTOR (indexes on the other vector types are
     * searched exactly).
     */
    static IndexSpec spec(CollectionRuntime c, IndexMeta im) {
        int field = fieldIndex(c, im.fieldName());
        DataType type = field < 0 ? null : c.fields().get(field).dataType();
        if (type == DataType.SPARSE_FLOAT_VECTOR) {
            return sparseSpec(im);
        }
        if (type != DataType.FLOAT_VECTOR && type != DataType.BINARY_VECTOR) {
            return null;
        }
        try {
            return IndexSpec.parse(im.params());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * SPARSE_INVERTED_INDEX and SPARSE_WAND (metric IP or BM25, as IndexOps accepted them) build
     * postings; the other types of a sparse field are searched exactly.
     */
    private static IndexSpec sparseSpec(IndexMeta im) {
        Map<String, String> flat = IndexSpec.flatten(im.params());
        String type = flat.getOrDefault("index_type", "").trim().toUpperCase(java.util.Locale.ROOT);
        Metric metric = Metric.parse(flat.getOrDefault("metric_type", "IP"));
        if (!VectorIndexes.sparse(type) || (metric != Metric.IP && metric != Metric.BM25)) {
            return null;
        }
        return new IndexSpec(type, metric, Map.of());
    }

    /** The column's vectors as an index holds them: its {@code byte[]} for binary vectors, its rows for sparse, else its floats. */
    static Object vectorsOf(FieldColumn col) {
        if (col.type() == DataType.SPARSE_FLOAT_VECTOR) {
            return col.sparseRows();
        }
        return col.type() == DataType.BINARY_VECTOR ? col.vectorBytes() : col.vectorFloats();
    }

    /** Reads index {@code file} over the column's vectors (binary or float), checking it as {@link IndexFile} does. */
    static VectorIndex read(Path file, FieldColumn col, int rows) throws IOException {
        if (col.type() == DataType.SPARSE_FLOAT_VECTOR) {
            return IndexFile.readSparse(file, rows, col.dim());
        }
        // a nullable field's index holds its valid rows only (built so in ensure)
        return col.type() == DataType.BINARY_VECTOR
                ? IndexFile.read(file, col.vectorBytes(), col.valid(), rows, col.dim())
                : IndexFile.read(file, col.vectorFloats(), col.valid(), rows, col.dim());
    }

    static int fieldIndex(CollectionRuntime c, String fieldName) {
        List<FieldSchema> f = c.fields();
        for (int i = 0; i < f.size(); i++) {
            if (f.get(i).name().equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }

    static Path file(PartitionRuntime p, long segmentId, long indexId) {
        return p.store.dir().resolve(IndexFile.name(segmentId, indexId));
    }

    /**
     * Queues what is missing for {@code c}: a build for every sealed segment without its index
     * file, an attach for every built index a loaded partition does not carry yet. Also deletes
     * index files of indexes that no longer exist. Takes the collection's lock briefly.
     */
    void scheduleAll(CollectionRuntime c) {
        c.lock.lock();
        try {
            if (c.dropped) {
                return;
            }
            Set<Long> live = new HashSet<>();
            for (IndexMeta im : c.meta.indexes()) {
                live.add(im.id());
            }
            for (PartitionRuntime p : c.partitions) {
                deleteStale(p, live);
            }
            for (IndexMeta im : c.meta.indexes()) {
                IndexSpec spec = spec(c, im);
                int field = fieldIndex(c, im.fieldName());
                if (spec == null || field < 0 || !VectorIndexes.builds(spec)) {
                    continue;
                }
                for (PartitionRuntime p : c.partitions) {
                    LoadedPartition lp = p.loaded;
                    for (PartitionStore.StoredSegment s : p.store.segments()) {
                        long seg = s.header().segmentId();
                        Path file = file(p, seg, im.id());
                        boolean missing = !Files.exists(file);
                        boolean detached = lp != null
                                && lp.sealed(seg) != null
                                && lp.sealed(seg).column(field).resident()
                                && (lp.sealed(seg).column(field).mapped() == null || VectorIndexes.diskResident(spec))
                                && lp.index(seg, field) == null;
                        if ((missing || detached) && queued.add(file)) {
                            submit(file, () -> ensure(c, p, s, im, spec, field, file));
                        }
                    }
                }
            }
        } finally {
            c.lock.unlock();
        }
    }

    private void submit(Path file, Runnable task) {
        try {
            builder.execute(() -> {
                try {
                    task.run();
                } finally {
                    queued.remove(file);
                }
            });
        } catch (RejectedExecutionException e) {
            queued.remove(file); // the engine is closing: the next open resumes the build
        }
    }

    private static void deleteStale(PartitionRuntime p, Set<Long> liveIndexIds) {
        Path dir = p.store.dir();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "seg-*.idx-*")) {
            for (Path f : ds) {
                String n = f.getFileName().toString();
                if (n.endsWith(".tmp")) {
                    continue;
                }
                long id = Long.parseLong(n.substring(n.lastIndexOf("-") + 1));
                if (!liveIndexIds.contains(id)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.warn("cannot clean index files in {}: {}", dir, e.toString());
        }
    }

    /** Builds the file if missing, then attaches the index if the partition is loaded. */
    private void ensure(
            CollectionRuntime c,
            PartitionRuntime p,
            PartitionStore.StoredSegment s,
            IndexMeta im,
            IndexSpec spec,
            int field,
            Path file) {
        long seg = s.header().segmentId();
        try {
            VectorIndex built = null;
            Object builtOver = null;
            if (!Files.exists(file)) {
                if (!stillIndexed(c, im)) {
                    return;
                }
                LoadedPartition lp = p.loaded;
                SegmentData data = lp == null ? null : lp.sealed(seg);
                if (data == null
                        || !data.column(field).resident()
                        || data.column(field).mapped() != null) {
                    data = SegmentFileReader.read(s.file(), c.fields(), n -> {}, () -> false);
                }
                FieldColumn col = data.column(field);
                Object v = vectorsOf(col);
                int dim = col.dim();
                long t0 = System.nanoTime();
                // a nullable field's null rows are left out of the index (Milvus 2.6); a null sparse row is
                // an empty row, which no posting holds
                built = v instanceof byte[][] sparseRows
                        ? VectorIndexes.buildSparse(spec, sparseRows)
                        : v instanceof byte[] bits
                                ? VectorIndexes.buildBinary(spec, bits, col.valid(), data.rowCount(), dim)
                                : VectorIndexes.build(
                                        spec,
                                        (float[]) v,
                                        col.valid(),
                                        data.rowCount(),
                                        dim,
                                        n -> {},
                                        helpers,
                                        helperThreads);
                IndexFile.write(file, built, dim);
                builtOver = v;
                LOG.debug(
                        "built {} on segment {} ({} rows) in {} ms",
                        spec.type(),
                        seg,
                        data.rowCount(),
                        (System.nanoTime() - t0) / 1_000_000);
            }
            attach(c, p, im, field, file, seg, built, builtOver);
        } catch (IOException | RuntimeException e) {
            LOG.warn("building index {} on segment {} of collection {} failed: {}", im.name(), seg, c.name(), e);
        }
    }

    /** Whether segment {@code seg} is still one of the partition's files (a compaction replaces them). */
    private static boolean stored(PartitionRuntime p, long seg) {
        for (PartitionStore.StoredSegment s : p.store.segments()) {
            if (s.header().segmentId() == seg) {
                return true;
            }
        }
        return false;
    }

    private static boolean stillIndexed(CollectionRuntime c, IndexMeta im) {
        if (c.dropped) {
            return false;
        }
        for (IndexMeta i : c.meta.indexes()) {
            if (i.id() == im.id()) {
                return true;
            }
        }
        return false;
    }

    private void attach(
            CollectionRuntime c,
            PartitionRuntime p,
            IndexMeta im,
            int field,
            Path file,
            long seg,
            VectorIndex built,
            Object builtOver)
            throws IOException {
        c.lock.lock();
        try {
            if (!stillIndexed(c, im) || !stored(p, seg)) {
                Files.deleteIfExists(file); // dropped, or its segment compacted away, while building
                return;
            }
            LoadedPartition lp = p.loaded;
            if (p.state != LoadState.LOADED || lp == null || lp.index(seg, field) != null) {
                return;
            }
            SegmentData data = lp.sealed(seg);
            boolean disk = VectorIndexes.diskResident(
                    built != null ? built.spec() : IndexFile.readHeader(file).spec());
            if (data == null
                    || !data.column(field).resident()
                    || (data.column(field).mapped() != null && !disk)) {
                // not resident, left out by a partial load, or memory-mapped (scanned exactly, unless
                // the index holds its own vectors on disk)
                return;
            }
            VectorIndex index = built != null && !disk && builtOver == vectorsOf(data.column(field))
                    ? built
                    : read(file, data.column(field), data.rowCount());
            nodes.grow(p.charge, c.groups, index.ramBytesUsed());
            p.loaded = lp.withIndex(new LoadedPartition.IndexKey(seg, field), index);
        } finally {
            c.lock.unlock();
        }
    }

    /**
     * Rows of {@code im}'s sealed segments whose index is built (all sealed rows for a type
     * with nothing to build), and the sealed rows in total.
     */
    long[] builtRows(CollectionRuntime c, IndexMeta im) {
        IndexSpec spec = spec(c, im);
        boolean builds = spec != null && VectorIndexes.builds(spec);
        long built = 0;
        long sealed = 0;
        for (PartitionRuntime p : c.partitions) {
            for (PartitionStore.StoredSegment s : p.store.segments()) {
                long rows = s.header().rowCount();
                sealed += rows;
                if (!builds || Files.exists(file(p, s.header().segmentId(), im.id()))) {
                    built += rows;
                }
            }
        }
        return new long[] {built, sealed};
    }

    /**
     * Under the lock, after {@code im} left the catalog: takes its indexes off every loaded
     * partition (returning their memory) and deletes its files.
     */
    void dropped(CollectionRuntime c, IndexMeta im) {
        int field = fieldIndex(c, im.fieldName());
        for (PartitionRuntime p : c.partitions) {
            LoadedPartition lp = p.loaded;
            if (lp != null && field >= 0) {
                LoadedPartition without = lp.withoutField(field);
                long freed = lp.indexBytes() - without.indexBytes();
                if (freed != 0) {
                    nodes.grow(p.charge, c.groups, -freed);
                }
                p.loaded = without;
            }
            for (PartitionStore.StoredSegment s : p.store.segments()) {
                try {
                    Files.deleteIfExists(file(p, s.header().segmentId(), im.id()));
                } catch (IOException e) {
                    LOG.warn("cannot delete index file of dropped index {}: {}", im.name(), e.toString());
                }
            }
        }
    }
}
