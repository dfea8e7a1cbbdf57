package io.partita.server.search;

import io.partita.server.memory.RamUsage;
import java.io.DataOutput;
import java.io.IOException;
import java.util.BitSet;
import java.util.Map;

/**
 * The search skeleton of the IVF family (IVF_FLAT, IVF_SQ8, IVF_PQ): per query, the
 * {@code nprobe} nearest lists of the coarse quantizer ({@link IvfLists}) are scanned by the
 * type's own {@link ListScorer}. Search parameter {@code nprobe}: default
 * {@link #DEFAULT_NPROBE}, range [1, 65536] as knowhere's IVF config declares it
 * (milvus-io/knowhere, src/index/ivf/ivf_config.h), capped at the segment's list count. As for
 * HNSW, a search whose filter leaves fewer than {@link HnswIndex#EXACT_BELOW_LIVE} of the rows
 * scans exactly (the probed lists would hold too few live rows to fill topK), and so does a
 * segment under {@link #MIN_ROWS_TO_PARTITION} rows.
 */
abstract class IvfIndex implements VectorIndex {
    static final int DEFAULT_NPROBE = 8;

    /**
     * Segments with fewer rows are searched exactly, as Milvus leaves them unindexed
     * ({@code indexCoord.segment.minSegmentNumRowsToEnableIndex}, default 1024, in milvus-io/milvus
     * configs/milvus.yaml): a few hundred rows split into lists would lose recall for nothing.
     */
    static final int MIN_ROWS_TO_PARTITION = 1024;

    static final int MAX_NPROBE = 65536;

    /** Scores the rows of the probed lists for one query. */
    interface ListScorer {
        /**
         * Called before the rows of {@code list} are scored.
         *
         * @param coarseKey the query's key to the list's centroid (L2 distance or minus the inner product)
         */
        default void enter(int list, float coarseKey) {}

        /** The key (smaller is better) of the row at list position {@code p} of the entered list. */
        float key(int p);

        /** The keys of list positions {@code [from, from + n)} into {@code out[0..n)}: the bits {@link #key} gives. */
        default void keys(int from, int n, float[] out) {
            for (int i = 0; i < n; i++) {
                out[i] = key(from + i);
            }
        }
    }

    /** List positions scored per {@link ListScorer#keys} call. */
    static final int BLOCK = 256;

    final IndexSpec spec;
    final IvfLists lists;
    final int rows;
    final int dim;
    private final FlatIndex exact;

    IvfIndex(IndexSpec spec, IvfLists lists, float[] vectors, int rows, int dim) {
        this.spec = spec;
        this.lists = lists;
        this.rows = rows;
        this.dim = dim;
        this.exact = new FlatIndex(spec, vectors, rows, dim);
    }

    /** The scorer for one query of {@code dim} floats (a unit vector for COSINE). */
    abstract ListScorer scorer(float[] query);

    /** Bytes of the type's own fields (references 4 bytes each, as compressed). */
    abstract int fieldBytes();

    /** Heap bytes of the type's own arrays beyond the lists. */
    abstract long codeBytes();

    /** Writes the type's own arrays after the lists. */
    abstract void writeCodes(DataOutput out) throws IOException;

    @Override
    public final IndexSpec spec() {
        return spec;
    }

    @Override
    public final int size() {
        return rows;
    }

    @Override
    public final TopK[] search(float[] queries, int topK, Map<String, String> searchParams, BitSet excluded) {
        int nprobe = IndexSpec.searchParam(searchParams, "nprobe", DEFAULT_NPROBE, 1, MAX_NPROBE);
        int live = rows - (excluded == null ? 0 : excluded.cardinality());
        if (rows < MIN_ROWS_TO_PARTITION || live < rows * HnswIndex.EXACT_BELOW_LIVE) {
            return exact.search(queries, topK, searchParams, excluded);
        }
        int nq = queries.length / dim;
        TopK[] out = new TopK[nq];
        float[] coarse = new float[Math.min(nprobe, lists.nlist)];
        float[] blockKeys = new float[BLOCK];
        for (int q = 0; q < nq; q++) {
            float[] query = java.util.Arrays.copyOfRange(queries, q * dim, (q + 1) * dim);
            if (spec.metric() == Metric.COSINE) {
                KMeans.normalizeRows(query, 1, dim);
            }
            int[] probed = lists.probe(query, 0, nprobe, coarse);
            ListScorer scorer = scorer(query);
            TopK heap = new TopK(topK);
            for (int i = 0; i < probed.length; i++) {
                int list = probed[i];
                scorer.enter(list, coarse[i]);
                int from = lists.offsets[list];
                int end = lists.offsets[list + 1];
                if (excluded == null) {
                    scoreBlocks(scorer, from, end, heap, blockKeys);
                } else {
                    scoreEach(scorer, from, end, excluded, heap);
                }
            }
            out[q] = heap;
        }
        return out;
    }

    /** Every row of list positions {@code [from, end)}, scored a block at a time. */
    private void scoreBlocks(ListScorer scorer, int from, int end, TopK heap, float[] keys) {
        int[] ids = lists.ids;
        float threshold = heap.threshold();
        for (int b = from; b < end; b += BLOCK) {
            int n = Math.min(BLOCK, end - b);
            scorer.keys(b, n, keys);
            for (int i = 0; i < n; i++) {
                if (keys[i] <= threshold) {
                    heap.offer(keys[i], ids[b + i]);
                    threshold = heap.threshold();
                }
            }
        }
    }

    /** The rows of list positions {@code [from, end)} that are not excluded, one at a time. */
    private void scoreEach(ListScorer scorer, int from, int end, BitSet excluded, TopK heap) {
        int[] ids = lists.ids;
        float threshold = heap.threshold();
        for (int p = from; p < end; p++) {
            int r = ids[p];
            if (excluded.get(r)) {
                continue;
            }
            float key = scorer.key(p);
            if (key <= threshold) {
                heap.offer(key, r);
                threshold = heap.threshold();
            }
        }
    }

    @Override
    public final long ramBytesUsed() {
        return RamUsage.align(RamUsage.OBJECT_HEADER_BYTES + 3 * RamUsage.REFERENCE_BYTES + 2 * 4 + fieldBytes())
                + FlatIndex.SHALLOW_BYTES
                + lists.ramBytesUsed()
                + codeBytes();
    }

    @Override
    public final void writeTo(DataOutput out) throws IOException {
        lists.writeTo(out);
        writeCodes(out);
    }
}
