package io.partita.server.search;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Builds an {@link HnswGraph} by inserting rows in order (single-threaded, deterministic:
 * levels come from a fixed seed). Neighbours are chosen with the paper's heuristic (a
 * candidate is kept only when it is closer to the new node than to every neighbour already
 * kept), and a full neighbour list is re-pruned with the same heuristic.
 */
final class HnswBuilder {
    private static final long SEED = 0x5EED_1DE5L;

    private final HnswGraph graph;
    private final VectorScorer scorer;
    private final int efConstruction;
    private final HnswSearch search;
    private final float[] candKeys;
    private final int[] candNodes;
    private final int[] selected;

    HnswBuilder(VectorScorer scorer, int rows, int m, int efConstruction) {
        this.graph = new HnswGraph(rows, m);
        this.scorer = scorer;
        this.efConstruction = efConstruction;
        this.search = new HnswSearch();
        int cap = Math.max(efConstruction, 2 * m) + 2;
        this.candKeys = new float[cap];
        this.candNodes = new int[cap];
        this.selected = new int[cap];
    }

    /**
     * Inserts every row; {@code progress} receives the count of rows inserted so far every
     * 1024 rows; a thread interrupt stops the build with {@link IllegalStateException}.
     */
    HnswGraph build(IntConsumer progress) {
        Random rnd = new Random(SEED);
        double mult = 1 / Math.log(Math.max(2, graph.m));
        for (int node = 0; node < graph.rows; node++) {
            int level = (int) Math.min(30, -Math.log(1 - rnd.nextDouble()) * mult);
            graph.allocateUpper(node, level);
            insert(node, level);
            if ((node & 1023) == 1023) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("index build interrupted");
                }
                progress.accept(node + 1);
            }
        }
        progress.accept(graph.rows);
        return graph;
    }

    private void insert(int node, int level) {
        if (graph.entry < 0) {
            graph.entry = node;
            graph.maxLevel = level;
            return;
        }
        float[] v = scorer.vectors;
        int qo = node * scorer.dim;
        float qNorm = scorer.norms == null ? 0f : scorer.norms[node];
        int cur = search.descend(graph, scorer, v, qo, qNorm, level);
        for (int l = Math.min(level, graph.maxLevel); l >= 0; l--) {
            search.searchLayer(graph, scorer, v, qo, qNorm, cur, efConstruction, l, null);
            int n = sortedResults();
            cur = candNodes[0];
            int kept = select(node, n, graph.m);
            graph.setNeighbours(node, l, selected, kept);
            int[] mine = Arrays.copyOf(selected, kept);
            for (int nb : mine) {
                link(nb, node, l);
            }
        }
        if (level > graph.maxLevel) {
            graph.maxLevel = level;
            graph.entry = node;
        }
    }

    /** Moves the search results into {@code candKeys/candNodes}, closest first; returns the count. */
    private int sortedResults() {
        int n = search.results.size();
        for (int i = n - 1; i >= 0; i--) {
            candKeys[i] = search.results.topKey();
            candNodes[i] = search.results.pop();
        }
        return n;
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
    private void link(int target, int node, int level) {
        int[] a = graph.array(target, level);
        int b = graph.base(target, level);
        int n = a[b];
        int max = graph.maxConnections(level);
        if (n < max) {
            a[b + 1 + n] = node;
            a[b] = n + 1;
            return;
        }
        // gather the current neighbours plus the new node, sort by distance to target, prune
        int total = n + 1;
        float[] keys = new float[total];
        int[] ids = new int[total];
        for (int i = 0; i < n; i++) {
            ids[i] = a[b + 1 + i];
            keys[i] = scorer.keyBetween(target, ids[i]);
        }
        ids[n] = node;
        keys[n] = scorer.keyBetween(target, node);
        sortByKey(keys, ids, total);
        System.arraycopy(keys, 0, candKeys, 0, total);
        System.arraycopy(ids, 0, candNodes, 0, total);
        int kept = select(target, total, max);
        graph.setNeighbours(target, level, selected, kept);
    }

    private static void sortByKey(float[] keys, int[] ids, int n) {
        for (int i = 1; i < n; i++) {
            float k = keys[i];
            int id = ids[i];
            int j = i - 1;
            while (j >= 0 && (keys[j] > k || (keys[j] == k && ids[j] > id))) {
                keys[j + 1] = keys[j];
                ids[j + 1] = ids[j];
                j--;
            }
            keys[j + 1] = k;
            ids[j + 1] = id;
        }
    }
}
