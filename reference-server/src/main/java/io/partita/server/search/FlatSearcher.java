package io.partita.server.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Exact top-k search over a set of vector arrays. Searches with more than {@link #INLINE_WORK}
 * multiply-adds are cut into (row range × query group) tasks run on a bounded pool, each array
 * into at least one range per pool thread (so one query over one segment uses every core);
 * small ones run on the caller's thread. Results are deterministic: equal scores are ordered by
 * (target index, row), however the rows were cut.
 */
public final class FlatSearcher {
    /** Largest row range of one task. */
    private static final int CHUNK_ROWS = 1 << 16;
    /** Smallest row range worth a task of its own. */
    private static final int MIN_CHUNK_ROWS = 1 << 12;
    /** Queries scanned together: each vector block is read once per group. */
    private static final int QUERY_GROUP = 64;
    /**
     * Below this many multiply-adds (rows × queries × dimensions, about 0.1 ms of scanning) a
     * search runs on the caller's thread, where handing it to the pool would cost more than it saves.
     */
    private static final long INLINE_WORK = 1L << 21;

    private final ExecutorService pool;
    private final int parallelism;

    /** @param pool bounded pool for large searches (not owned), or null to always run inline */
    public FlatSearcher(ExecutorService pool, int parallelism) {
        this.pool = pool;
        this.parallelism = parallelism;
    }

    /** One array to scan: {@code rowCount} rows of {@code dim} floats; {@code excluded} rows skipped (may be null). */
    public record Target(float[] data, int rowCount, BitSet excluded, java.nio.ByteBuffer mapped) {
        public Target(float[] data, int rowCount, BitSet excluded) {
            this(data, rowCount, excluded, null);
        }

        /** Memory-mapped vectors ({@code mmap.enabled}): little-endian floats, row-major, scanned in place. */
        public static Target mapped(java.nio.ByteBuffer vectors, int rowCount, BitSet excluded) {
            return new Target(null, rowCount, excluded, vectors);
        }
    }

    /** Per query, the hits best first: refs are {@code targetIndex << 32 | row}, scores in the metric's terms. */
    public record Hits(float[] scores, long[] refs) {}

    public List<Hits> search(Metric metric, float[] queries, int dim, int topK, List<Target> targets) {
        return search(metric, queries, dim, topK, targets, List.of());
    }

    /**
     * As {@link #search(Metric, float[], int, int, List)}, merging in candidates found elsewhere
     * (by segments' own indexes): {@code seeds} holds one array of per-query heaps per source,
     * with refs already in {@code targetIndex << 32 | row} form. A target whose rows an index
     * served is passed with {@code rowCount} 0 so the numbering stays aligned.
     */
    public List<Hits> search(
            Metric metric, float[] queries, int dim, int topK, List<Target> targets, List<TopK[]> seeds) {
        return search(metric, queries, dim, new TopK(topK), targets, seeds);
    }

    /**
     * As {@link #search(Metric, float[], int, int, List, List)} with every heap shaped like
     * {@code shape} (its k and its floor, see {@link TopK#TopK(int, float, boolean)}).
     */
    public List<Hits> search(
            Metric metric, float[] queries, int dim, TopK shape, List<Target> targets, List<TopK[]> seeds) {
        int nq = queries.length / dim;
        long rows = 0;
        for (Target t : targets) {
            rows += t.rowCount();
        }
        List<int[]> groups = new ArrayList<>();
        for (int q = 0; q < nq; q += QUERY_GROUP) {
            int n = Math.min(QUERY_GROUP, nq - q);
            int[] g = new int[n];
            for (int i = 0; i < n; i++) {
                g[i] = q + i;
            }
            groups.add(g);
        }
        TopK[] merged = new TopK[nq];
        for (int q = 0; q < nq; q++) {
            merged[q] = shape.sameFloor(shape.capacity());
        }
        for (TopK[] seed : seeds) {
            for (int q = 0; q < nq; q++) {
                merged[q].merge(seed[q]);
            }
        }
        boolean inline = pool == null || parallelism <= 1 || rows * nq * dim < INLINE_WORK;
        List<Task> tasks = new ArrayList<>();
        for (int[] g : groups) {
            for (int t = 0; t < targets.size(); t++) {
                Target target = targets.get(t);
                int step = inline ? Math.max(1, target.rowCount()) : chunkRows(target.rowCount());
                for (int from = 0; from < target.rowCount(); from += step) {
                    tasks.add(new Task(
                            metric, queries, dim, shape, g, target, t, from, Math.min(target.rowCount(), from + step)));
                }
            }
        }
        if (inline) {
            for (Task task : tasks) {
                mergeInto(merged, task.group, task.call());
            }
        } else {
            List<Future<TopK[]>> futures = new ArrayList<>(tasks.size());
            for (Task task : tasks) {
                futures.add(pool.submit(task::call));
            }
            for (int i = 0; i < tasks.size(); i++) {
                mergeInto(merged, tasks.get(i).group, await(futures.get(i)));
            }
        }
        List<Hits> out = new ArrayList<>(nq);
        for (TopK h : merged) {
            float[] keys = new float[h.size()];
            long[] refs = new long[h.size()];
            h.drainSorted(keys, refs);
            for (int i = 0; i < keys.length; i++) {
                keys[i] = metric.fromKey(keys[i]);
            }
            out.add(new Hits(keys, refs));
        }
        return out;
    }

    /** Rows per task for an array of {@code rowCount}: one range per pool thread at least, within the bounds. */
    private int chunkRows(int rowCount) {
        int perThread = (int) ((rowCount + (long) parallelism - 1) / parallelism);
        return Math.max(MIN_CHUNK_ROWS, Math.min(CHUNK_ROWS, perThread));
    }

    private static TopK[] await(Future<TopK[]> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("search task failed", e.getCause());
        }
    }

    private static void mergeInto(TopK[] merged, int[] group, TopK[] part) {
        for (int i = 0; i < group.length; i++) {
            merged[group[i]].merge(part[i]);
        }
    }

    private record Task(
            Metric metric,
            float[] queries,
            int dim,
            TopK shape,
            int[] group,
            Target target,
            int targetIndex,
            int from,
            int to) {
        TopK[] call() {
            TopK[] heaps = new TopK[group.length];
            for (int i = 0; i < heaps.length; i++) {
                heaps[i] = shape.sameFloor(shape.capacity());
            }
            if (target.mapped() != null) {
                SegmentScan.scanMapped(
                        metric, queries, group, target.mapped(), dim, from, to, target.excluded(), heaps, targetIndex);
            } else {
                SegmentScan.scan(
                        metric, queries, group, target.data(), dim, from, to, target.excluded(), heaps, targetIndex);
            }
            return heaps;
        }
    }
}
