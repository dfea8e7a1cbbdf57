package io.partita.server.engine.core;

import io.partita.server.search.SparseInvertedIndex;
import io.partita.server.search.TopK;
import io.partita.server.text.Bm25;
import java.util.BitSet;
import java.util.List;

/**
 * BM25 search over the searched segments: a segment with built postings
 * ({@link SparseInvertedIndex}) gives its statistics (document count, total length, each query
 * term's document frequency) as sums it keeps and scores only the rows in the query terms'
 * postings; a segment without (growing rows, or an index not built yet) is counted and scored row
 * by row. The collection-level N, avgdl and df are the sums over all of them, as Milvus keeps
 * them per collection. Every row counts in the statistics, deleted or filtered out or not; only
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

    /** Term at a time over the query terms' postings; each touched row's sum is offered once. */
    private static void scorePostings(
            SparseInvertedIndex index, int[] slots, Bm25.Scorer scorer, BitSet ex, long base, TopK heap) {
        double[] acc = new double[index.size()];
        BitSet touched = new BitSet(index.size());
        for (int t = 0; t < slots.length; t++) {
            int slot = slots[t];
            if (slot < 0) {
                continue;
            }
            for (int p = index.start(slot), end = index.end(slot); p < end; p++) {
                int d = index.doc(p);
                if (ex != null && ex.get(d)) {
                    continue;
                }
                acc[d] += scorer.termScore(t, index.value(p), scorer.norm(index.length(d)));
                touched.set(d);
            }
        }
        for (int d = touched.nextSetBit(0); d >= 0; d = touched.nextSetBit(d + 1)) {
            float score = (float) acc[d];
            if (score > 0) {
                heap.offer(-score, base | d);
            }
        }
    }
}
