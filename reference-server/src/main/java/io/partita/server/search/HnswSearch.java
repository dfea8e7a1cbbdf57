package io.partita.server.search;

import java.util.BitSet;

/**
 * Greedy and beam searches over one {@link HnswGraph}, shared by the builder and by queries.
 * One instance per search (or per build): it owns both queues; the visited marks are lent by
 * {@link Visited}, which a thread reuses across searches.
 */
final class HnswSearch {
    private final HnswGraph graph;
    private final VectorScorer scorer;
    private final Visited visited;
    final NodeQueue candidates;
    final NodeQueue results;
    /** The unvisited neighbours of the node being expanded. */
    private final int[] batch;

    HnswSearch(HnswGraph graph, VectorScorer scorer, int ef, Visited visited) {
        this.graph = graph;
        this.scorer = scorer;
        this.visited = visited;
        this.candidates = new NodeQueue(ef * 2, false);
        this.results = new NodeQueue(ef + 1, true);
        this.batch = new int[graph.maxM0];
    }

    /** Descends from the entry point to {@code toLevel + 1} greedily; returns the closest node found. */
    int descend(float[] q, int qo, float qNorm, int toLevel) {
        int cur = graph.entry;
        float curKey = scorer.key(q, qo, qNorm, cur);
        for (int level = graph.maxLevel; level > toLevel; level--) {
            boolean changed = true;
            while (changed) {
                changed = false;
                int[] a = graph.array(cur, level);
                int b = graph.base(cur, level);
                int n = a[b];
                for (int i = 1; i <= n; i++) {
                    int nb = a[b + i];
                    float k = scorer.key(q, qo, qNorm, nb);
                    if (k < curKey || (k == curKey && nb < cur)) {
                        curKey = k;
                        cur = nb;
                        changed = true;
                    }
                }
            }
        }
        return cur;
    }

    /**
     * Beam search of width {@code ef} on {@code level} from {@code start}; afterwards
     * {@link #results} holds up to {@code ef} nodes that are not {@code excluded}, farthest on top.
     */
    void searchLayer(float[] q, int qo, float qNorm, int start, int ef, int level, BitSet excluded) {
        int[] marks = visited.begin(graph.rows);
        int epoch = visited.epoch;
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
            // gather the unvisited neighbours first, so their distances are computed back to back
            // (independent loads the core overlaps) instead of between heap updates
            int fresh = 0;
            for (int i = 1; i <= n; i++) {
                int nb = a[b + i];
                if (marks[nb] != epoch) {
                    marks[nb] = epoch;
                    batch[fresh++] = nb;
                }
            }
            for (int i = 0; i < fresh; i++) {
                int nb = batch[i];
                float k = scorer.key(q, qo, qNorm, nb);
                if (results.size() < ef || k < results.topKey()) {
                    candidates.push(k, nb);
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
