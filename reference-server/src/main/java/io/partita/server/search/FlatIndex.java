package io.partita.server.search;

import java.io.DataOutput;
import java.util.BitSet;
import java.util.Map;

/**
 * FLAT: the exact scan over the segment's own vectors. It adds no structure, so it persists
 * nothing and its {@link #ramBytesUsed()} is the wrapper object alone. Also the fallback for a
 * segment whose real index is still being built.
 */
public final class FlatIndex implements VectorIndex {
    /** The wrapper: header, four references/ints, aligned. */
    static final long SHALLOW_BYTES = 32;

    private final IndexSpec spec;
    private final float[] vectors;
    private final int rows;
    private final int dim;

    FlatIndex(IndexSpec spec, float[] vectors, int rows, int dim) {
        this.spec = spec;
        this.vectors = vectors;
        this.rows = rows;
        this.dim = dim;
    }

    @Override
    public IndexSpec spec() {
        return spec;
    }

    @Override
    public int size() {
        return rows;
    }

    @Override
    public TopK[] search(float[] queries, int topK, Map<String, String> searchParams, BitSet excluded) {
        int nq = queries.length / dim;
        int[] group = new int[nq];
        TopK[] heaps = new TopK[nq];
        for (int i = 0; i < nq; i++) {
            group[i] = i;
            heaps[i] = new TopK(topK);
        }
        SegmentScan.scan(spec.metric(), queries, group, vectors, dim, 0, rows, excluded, heaps, 0);
        return heaps;
    }

    /** This segment as a target of the multi-segment parallel scan ({@link FlatSearcher}). */
    public FlatSearcher.Target target(BitSet excluded) {
        return new FlatSearcher.Target(vectors, rows, excluded);
    }

    @Override
    public long ramBytesUsed() {
        return SHALLOW_BYTES;
    }

    @Override
    public void writeTo(DataOutput out) {
        // nothing beyond the segment's vectors
    }
}
