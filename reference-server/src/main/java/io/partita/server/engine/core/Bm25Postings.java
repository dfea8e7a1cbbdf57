package io.partita.server.engine.core;

import io.partita.server.search.SparseInvertedIndex;
import io.partita.server.search.TopK;
import io.partita.server.text.Bm25;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * BM25 search over the searched segments: a segment with built postings
 * ({@link SparseInvertedIndex}) gives its statistics (document count, total length, each query
 * term's document frequency) as sums it keeps and scores only the rows in the query terms'
 * postings; a segment without (growing rows, or an index not built yet) is counted and scored row
 * by row, a segment with postings through them with MaxScore pruning (rows whose bound cannot
 * reach the heap's k-th score are not visited). The collection-level N, avgdl and df are the sums
 * over all of them, as Milvus keeps them per collection. Every row counts in the statistics, deleted or filtered out or not; only
 * rows that are not {@code excluded} and share a term with the query (score above 0) are hits.
 * Both ways add the same doubles in the same order (query terms increasing), so a search answers
 * the same scores and hits with or without postings. Stateless.
 */
final class Bm25Postings {
    private Bm25Postings() {}

    /**
     * @param rows each segment's sparse rows (read only where its index is null)
     * @param indexes each segment's postings, or null to scan its rows
     * @param excluded each segment's excluded rows, or null
     * @param at each segment's number in the run (refs are {@code at << 32 | row})
     * @param heaps one heap per query
     */
    static void search(
            byte[][] queries,
            double k1,
            double b,
            List<byte[][]> rows,
            List<SparseInvertedIndex> indexes,
            List<BitSet> excluded,
            List<Integer> at,
            TopK[] heaps) {
        for (int qi = 0; qi < queries.length; qi++) {
            Bm25.Stats stats = new Bm25.Stats(queries[qi]);
            long[] terms = stats.terms();
            int[][] slots = new int[indexes.size()][];
            for (int si = 0; si < indexes.size(); si++) {
                SparseInvertedIndex index = indexes.get(si);
                if (index == null) {
                    for (byte[] row : rows.get(si)) {
                        stats.add(row);
                    }
                    continue;
                }
                long[] df = new long[terms.length];
                slots[si] = new int[terms.length];
                for (int t = 0; t < terms.length; t++) {
                    int slot = index.slot((int) terms[t]);
                    slots[si][t] = slot;
                    df[t] = slot < 0 ? 0 : index.end(slot) - index.start(slot);
                }
                stats.addSegment(index.size(), index.totalLength(), df);
            }
            Bm25.Scorer scorer = new Bm25.Scorer(queries[qi], stats, k1, b);
            for (int si = 0; si < indexes.size(); si++) {
                SparseInvertedIndex index = indexes.get(si);
                BitSet ex = excluded.get(si);
                long base = (long) at.get(si) << 32;
                if (index == null) {
                    byte[][] segmentRows = rows.get(si);
                    for (int r = 0; r < segmentRows.length; r++) {
                        if (ex != null && ex.get(r)) {
                            continue;
                        }
                        float score = scorer.score(segmentRows[r]);
                        if (score > 0) {
                            heaps[qi].offer(-score, base | r);
                        }
                    }
                    continue;
                }
                scorePostings(index, slots[si], scorer, ex, base, heaps[qi]);
            }
        }
    }

    /**
     * MaxScore over the query terms' postings (Turtle and Flood's document-at-a-time form): terms
     * sorted by their upper bound ({@link #bound}); the lowest whose bounds add up to less than
     * the heap's current k-th score are non-essential, so a row holding none of the others cannot
     * enter and is never visited; the others' postings are walked together row by row, and the
     * non-essential ones only probed (binary search) for a row whose bound can still enter. A
     * visited row's score is its terms' {@link Bm25.Scorer#termScore} added in increasing term
     * order, the scan's own sum; rows are skipped only when their bound is below the k-th score by
     * a margin that float rounding cannot cross, so the answer is the exhaustive one.
     */
    private static void scorePostings(
            SparseInvertedIndex index, int[] slots, Bm25.Scorer scorer, BitSet ex, long base, TopK heap) {
        int n = 0;
        for (int slot : slots) {
            n += slot < 0 ? 0 : 1;
        }
        if (n == 0) {
            return;
        }
        int[] term = new int[n]; // query term index, in increasing upper-bound order
        double[] ub = new double[n];
        int[] pos = new int[n];
        int[] end = new int[n];
        int m = 0;
        for (int t = 0; t < slots.length; t++) {
            if (slots[t] >= 0) {
                term[m] = t;
                ub[m] = bound(index, slots[t], t, scorer);
                m++;
            }
        }
        sortByBound(term, ub);
        double[] prefix = new double[n]; // prefix[i]: the bounds of term 0..i added
        for (int i = 0; i < n; i++) {
            prefix[i] = (i == 0 ? 0 : prefix[i - 1]) + ub[i];
            pos[i] = index.start(slots[term[i]]);
            end[i] = index.end(slots[term[i]]);
        }
        double[] contribution = new double[slots.length];
        boolean[] present = new boolean[slots.length];
        int essential = 0; // terms [essential, n) are walked; [0, essential) only probed
        while (true) {
            double kth = kth(heap);
            while (essential < n && prefix[essential] * SAFETY < kth) {
                essential++;
            }
            if (essential == n) {
                return; // no row can beat the k-th score any more
            }
            int d = Integer.MAX_VALUE;
            for (int i = essential; i < n; i++) {
                if (pos[i] < end[i]) {
                    d = Math.min(d, index.doc(pos[i]));
                }
            }
            if (d == Integer.MAX_VALUE) {
                return;
            }
            Arrays.fill(present, false);
            double norm = Double.NaN;
            double partial = 0;
            for (int i = essential; i < n; i++) {
                if (pos[i] < end[i] && index.doc(pos[i]) == d) {
                    if (ex == null || !ex.get(d)) {
                        if (Double.isNaN(norm)) {
                            norm = scorer.norm(index.length(d));
                        }
                        double c = scorer.termScore(term[i], index.value(pos[i]), norm);
                        contribution[term[i]] = c;
                        present[term[i]] = true;
                        partial += c;
                    }
                    pos[i]++;
                }
            }
            if (Double.isNaN(norm)) {
                continue; // excluded
            }
            if (essential > 0 && (partial + prefix[essential - 1]) * SAFETY < kth) {
                continue; // cannot enter whatever the probed terms add
            }
            for (int i = 0; i < essential; i++) {
                pos[i] = seek(index, pos[i], end[i], d);
                if (pos[i] < end[i] && index.doc(pos[i]) == d) {
                    contribution[term[i]] = scorer.termScore(term[i], index.value(pos[i]), norm);
                    present[term[i]] = true;
                }
            }
            double sum = 0;
            for (int t = 0; t < slots.length; t++) {
                if (present[t]) {
                    sum += contribution[t];
                }
            }
            float score = (float) sum;
            if (score > 0) {
                heap.offer(-score, base | d);
            }
        }
    }

    /** Bounds are compared after this factor, far above the rounding of a few added doubles. */
    private static final double SAFETY = 1 + 1e-6;

    /** The heap's k-th score, or -∞ while it is not full (then every row can enter). */
    private static double kth(TopK heap) {
        float t = heap.threshold();
        return t == Float.POSITIVE_INFINITY ? Double.NEGATIVE_INFINITY : -t;
    }

    /**
     * The most query term {@code t} can add to a row's score in this segment: its largest count
     * over the shortest row holding it (the score grows with the count and falls with the length).
     */
    private static double bound(SparseInvertedIndex index, int slot, int t, Bm25.Scorer scorer) {
        return scorer.termScore(t, index.maxValue(slot), scorer.norm(index.minLength(slot)));
    }

    /** The first posting at or after {@code from} whose row is {@code d} or later. */
    private static int seek(SparseInvertedIndex index, int from, int to, int d) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (index.doc(mid) < d) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void sortByBound(int[] term, double[] ub) {
        for (int i = 1; i < term.length; i++) {
            for (int j = i; j > 0 && ub[j] < ub[j - 1]; j--) {
                double u = ub[j];
                ub[j] = ub[j - 1];
                ub[j - 1] = u;
                int t = term[j];
                term[j] = term[j - 1];
                term[j - 1] = t;
            }
        }
    }
}
