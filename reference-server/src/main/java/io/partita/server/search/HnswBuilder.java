package io.partita.server.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Builds an {@link HnswGraph}, deterministically: levels come from a fixed seed, and rows are
 * inserted in batches whose size depends only on how many rows are in the graph already
 * ({@link #batchSize}), never on the thread count, so one thread and many build the same graph
 * bit for bit. Per batch, each row's candidate neighbours are searched in the graph as it stood
 * before the batch (read-only, so the rows of a batch are searched in parallel on the given
 * pool); then, one row at a time in row order, the row's candidates plus the earlier rows of
 * its own batch are pruned with the paper's heuristic (a candidate is kept only when it is
 * closer to the new row than to every neighbour already kept) and linked both ways, a full
 * neighbour list being re-pruned with the same heuristic.
 */
final class HnswBuilder {
    private static final long SEED = 0x5EED_1DE5L;
    /** The largest batch: its rows miss each other in the search, so it stays a small share of the graph. */
    static final int MAX_BATCH = 128;

    private final HnswGraph graph;
    private final VectorScorer scorer;
    private final int efConstruction;
    private final ExecutorService pool;
    private final int threads;
    // the linking phase's scratch (one thread)
    private final float[] candKeys;
    private final int[] candNodes;
    private final int[] selected;
    private final float[] pruneKeys;
    private final int[] pruneIds;

    /**
     * @param pool runs the search phase of a batch on {@code threads} tasks; null (or one
     *     thread) searches on the calling thread; the graph is the same either way
     */
    HnswBuilder(VectorScorer scorer, int rows, int m, int efConstruction, ExecutorService pool, int threads) {
        this.graph = new HnswGraph(rows, m);
        this.scorer = scorer;
        this.efConstruction = efConstruction;
        this.pool = pool;
        this.threads = pool == null ? 1 : Math.max(1, threads);
        int cap = Math.max(efConstruction, 2 * m) + MAX_BATCH + 2;
        this.candKeys = new float[cap];
        this.candNodes = new int[cap];
        this.selected = new int[cap];
        this.pruneKeys = new float[2 * m + 2];
        this.pruneIds = new int[2 * m + 2];
    }

    /** Rows inserted together once {@code inserted} rows are in the graph: 1 at first, at most {@link #MAX_BATCH}. */
    static int batchSize(int inserted) {
        return Math.max(1, Math.min(MAX_BATCH, inserted / 32));
    }

    /** One row's candidates per level (index = level), closest first, as the pre-batch graph gave them. */
    private static final class Found {
        float[][] keys;
        int[][] nodes;
    }

    /**
     * Inserts every row; {@code progress} receives the count of rows inserted so far after each
     * batch; a thread interrupt stops the build with {@link IllegalStateException}.
     */
    HnswGraph build(IntConsumer progress) {
        Random rnd = new Random(SEED);
        double mult = 1 / Math.log(Math.max(2, graph.m));
        for (int node = 0; node < graph.rows; node++) {
            int level = (int) Math.min(30, -Math.log(1 - rnd.nextDouble()) * mult);
            graph.allocateUpper(node, level);
        }
        HnswSearch own = new HnswSearch();
        int done = 0;
        int reported = 0;
        while (done < graph.rows) {
            int from = done;
            int to = Math.min(graph.rows, from + batchSize(from));
            Found[] found = new Found[to - from];
            if (graph.entry >= 0) {
                search(found, from, to, own);
            }
            for (int node = from; node < to; node++) {
                link(node, found[node - from], from);
            }
            done = to;
            if (done - reported >= 1024 || done == graph.rows) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("index build interrupted");
                }
                progress.accept(done);
                reported = done;
            }
        }
        return graph;
    }

    /** The search phase of a batch: every row's candidates in the graph as it is now (read-only). */
    private void search(Found[] found, int from, int to, HnswSearch own) {
        int n = to - from;
        int tasks = Math.min(threads, n / 8);
        if (tasks <= 1) {
            searchRange(found, from, from, to, own);
            return;
        }
        List<Future<?>> futures = new ArrayList<>(tasks);
        for (int t = 0; t < tasks; t++) {
            int a = from + (int) ((long) n * t / tasks);
            int b = from + (int) ((long) n * (t + 1) / tasks);
            futures.add(pool.submit(() -> searchRange(found, from, a, b, new HnswSearch())));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("index build interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("index build failed", e.getCause());
            }
        }
    }

    private void searchRange(Found[] found, int batchFrom, int from, int to, HnswSearch search) {
        float[] v = scorer.vectors;
        for (int node = from; node < to; node++) {
            int level = graph.levels[node];
            int qo = node * scorer.dim;
            float qNorm = scorer.norms == null ? 0f : scorer.norms[node];
            int top = Math.min(level, graph.maxLevel);
            Found f = new Found();
            f.keys = new float[top + 1][];
            f.nodes = new int[top + 1][];
            int cur = search.descend(graph, scorer, v, qo, qNorm, level);
            for (int l = top; l >= 0; l--) {
                search.searchLayer(graph, scorer, v, qo, qNorm, cur, efConstruction, l, null);
                int n = search.results.size();
                float[] keys = new float[n];
                int[] nodes = new int[n];
                for (int i = n - 1; i >= 0; i--) {
                    keys[i] = search.results.topKey();
                    nodes[i] = search.results.pop();
                }
                f.keys[l] = keys;
                f.nodes[l] = nodes;
                cur = nodes[0];
            }
            found[node - batchFrom] = f;
        }
    }

    /** The linking phase for one row: its candidates plus its batch's earlier rows, pruned and linked. */
    private void link(int node, Found found, int batchFrom) {
        int level = graph.levels[node];
        if (graph.entry < 0) {
            graph.entry = node;
            graph.maxLevel = level;
            return;
        }
        for (int l = Math.min(level, graph.maxLevel); l >= 0; l--) {
            int n = 0;
            if (found != null && l < found.keys.length) {
                n = found.keys[l].length;
                System.arraycopy(found.keys[l], 0, candKeys, 0, n);
                System.arraycopy(found.nodes[l], 0, candNodes, 0, n);
            }
            // the batch's earlier rows, which the search could not see, join as candidates
            int mates = 0;
            for (int j = batchFrom; j < node; j++) {
                if (graph.levels[j] >= l) {
                    candNodes[n + mates] = j;
                    candKeys[n + mates] = scorer.keyBetween(node, j);
                    mates++;
                }
            }
            if (mates > 0) {
                sortByKey(candKeys, candNodes, n, n + mates);
                mergeSorted(n, n + mates);
                n += mates;
            }
            int kept = select(node, n, graph.m);
            graph.setNeighbours(node, l, selected, kept);
            int[] mine = java.util.Arrays.copyOf(selected, kept);
            for (int nb : mine) {
                linkBack(nb, node, l);
            }
        }
        if (level > graph.maxLevel) {
            graph.maxLevel = level;
            graph.entry = node;
        }
    }

    /** Merges the sorted runs {@code [0, mid)} and {@code [mid, end)} of the candidate arrays in place. */
    private void mergeSorted(int mid, int end) {
        float[] k = java.util.Arrays.copyOfRange(candKeys, 0, end);
        int[] id = java.util.Arrays.copyOfRange(candNodes, 0, end);
        int a = 0;
        int b = mid;
        for (int o = 0; o < end; o++) {
            boolean takeA = b >= end || (a < mid && (k[a] < k[b] || (k[a] == k[b] && id[a] < id[b])));
            int from = takeA ? a++ : b++;
            candKeys[o] = k[from];
            candNodes[o] = id[from];
        }
    }

    /**
     * The heuristic over the first {@code n} sorted candidates of {@code base}: fills
     * {@code selected}, returns how many were kept (at most {@code max}).
     */
    private int select(int base, int n, int max) {
        int kept = 0;
        for (int i = 0; i < n && kept < max; i++) {
            int c = candNodes[i];
            if (c == base) {
                continue;
            }
            boolean good = true;
            for (int j = 0; j < kept; j++) {
                if (scorer.keyBetween(selected[j], c) < candKeys[i]) {
                    good = false;
                    break;
                }
            }
            if (good) {
                selected[kept++] = c;
            }
        }
        return kept;
    }

    /** Adds {@code node} to {@code target}'s list at {@code level}, re-pruning a full list. */
    private void linkBack(int target, int node, int level) {
        int[] a = graph.array(target, level);
        int b = graph.base(target, level);
        int n = a[b];
        int max = graph.maxConnections(level);
        if (n < max) {
            a[b + 1 + n] = node;
            a[b] = n + 1;
            return;
        }
        // the current neighbours plus the new node, sorted by distance to target, pruned
        int total = n + 1;
        float[] keys = pruneKeys;
        int[] ids = pruneIds;
        System.arraycopy(a, b + 1, ids, 0, n);
        ids[n] = node;
        float[] v = scorer.vectors;
        scorer.keys(v, target * scorer.dim, scorer.norms == null ? 0f : scorer.norms[target], ids, 0, total, keys);
        sortByKey(keys, ids, 0, total);
        System.arraycopy(keys, 0, candKeys, 0, total);
        System.arraycopy(ids, 0, candNodes, 0, total);
        int kept = select(target, total, max);
        graph.setNeighbours(target, level, selected, kept);
    }

    /** Insertion sort of {@code [from, to)} by (key, id). */
    private static void sortByKey(float[] keys, int[] ids, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            float k = keys[i];
            int id = ids[i];
            int j = i - 1;
            while (j >= from && (keys[j] > k || (keys[j] == k && ids[j] > id))) {
                keys[j + 1] = keys[j];
                ids[j + 1] = ids[j];
                j--;
            }
            keys[j + 1] = k;
            ids[j + 1] = id;
        }
    }
}
