package io.partita.server.search;

import java.util.BitSet;

/**
 * Greedy and beam searches over an {@link HnswGraph}, shared by the builder and by queries. An
 * instance is the reusable state of one thread's searches (the visited marks, both queues and
 * the neighbour batch), so a query allocates nothing: a search thread keeps one
 * ({@link #forThread}), a build worker owns its own. It holds no reference to any graph or
 * vectors between calls, so a released index is freed whatever threads searched it. Not
 * thread-safe.
 */
final class HnswSearch {
    private static final ThreadLocal<HnswSearch> PER_THREAD = ThreadLocal.withInitial(HnswSearch::new);

    private final Visited visited = new Visited();
    final NodeQueue candidates = new NodeQueue(64, false);
    final NodeQueue results = new NodeQueue(64, true);
    /** The unvisited neighbours of the node being expanded, and their keys. */
    private int[] batch = new int[0];

    private float[] batchKeys = new float[0];
    /** Sum of the touched list counts: kept so the loads are not optimized away. */
    int touched;

    /** The calling thread's search state. */
    static HnswSearch forThread() {
        return PER_THREAD.get();
    }

    private void fit(int n) {
        if (batch.length < n) {
            batch = new int[n];
            batchKeys = new float[n];
        }
    }

    /** Descends from the entry point to {@code toLevel + 1} greedily; returns the closest node found. */
    int descend(HnswGraph graph, VectorScorer scorer, float[] q, int qo, float qNorm, int toLevel) {
        fit(graph.maxM0);
        int[] ids = batch;
        float[] keys = batchKeys;
        int cur = graph.entry;
        float curKey = scorer.key(q, qo, qNorm, cur);
        for (int level = graph.maxLevel; level > toLevel; level--) {
            boolean changed = true;
            while (changed) {
                changed = false;
                int[] a = graph.array(cur, level);
                int b = graph.base(cur, level);
                int n = a[b];
                System.arraycopy(a, b + 1, ids, 0, n);
                scorer.keys(q, qo, qNorm, ids, 0, n, keys);
                // the smallest (key, node): what a one-by-one walk of the list would settle on
                int best = cur;
                float bestKey = curKey;
                for (int i = 0; i < n; i++) {
                    float k = keys[i];
                    if (k < bestKey || (k == bestKey && ids[i] < best)) {
                        bestKey = k;
                        best = ids[i];
                    }
                }
                if (best != cur) {
                    cur = best;
                    curKey = bestKey;
                    changed = true;
                }
            }
        }
        return cur;
    }

    /**
     * Beam search of width {@code ef} on {@code level} from {@code start}; afterwards
     * {@link #results} holds up to {@code ef} nodes that are not {@code excluded}, farthest on top.
     */
    void searchLayer(
            HnswGraph graph,
            VectorScorer scorer,
            float[] q,
            int qo,
            float qNorm,
            int start,
            int ef,
            int level,
            BitSet excluded) {
        fit(graph.maxM0);
        int[] ids = batch;
        float[] keys = batchKeys;
        int[] marks = visited.begin(graph.rows);
        int epoch = visited.epoch;
        NodeQueue candidates = this.candidates;
        NodeQueue results = this.results;
        candidates.clear();
        results.clear();
        float k0 = scorer.key(q, qo, qNorm, start);
        marks[start] = epoch;
        candidates.push(k0, start);
        if (excluded == null || !excluded.get(start)) {
            results.push(k0, start);
        }
        while (!candidates.isEmpty()) {
            if (results.size() >= ef && candidates.topKey() > results.topKey()) {
                break;
            }
            int c = candidates.pop();
            int[] a = graph.array(c, level);
            int b = graph.base(c, level);
            int n = a[b];
            // gather the unvisited neighbours, then score them together: their rows' loads are
            // independent, so the kernel keeps several in flight instead of one per heap update
            int fresh = 0;
            for (int i = 1; i <= n; i++) {
                int nb = a[b + i];
                if (marks[nb] != epoch) {
                    marks[nb] = epoch;
                    ids[fresh++] = nb;
                }
            }
            scorer.keys(q, qo, qNorm, ids, 0, fresh, keys);
            for (int i = 0; i < fresh; i++) {
                float k = keys[i];
                if (results.size() < ef || k < results.topKey()) {
                    int nb = ids[i];
                    candidates.push(k, nb);
                    // touch the candidate's neighbour list now (an independent load the core
                    // overlaps), so expanding it later does not wait for memory; hnswlib gets
                    // this from keeping a node's links beside its vector
                    touched += graph.array(nb, level)[graph.base(nb, level)];
                    if (excluded == null || !excluded.get(nb)) {
                        results.push(k, nb);
                        if (results.size() > ef) {
                            results.pop();
                        }
                    }
                }
            }
        }
    }
}
