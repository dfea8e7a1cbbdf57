package io.partita.server.search;

import java.io.DataOutput;
import java.util.BitSet;
import java.util.Map;

/**
 * BIN_FLAT: the exact scan over a segment's binary vectors ({@link BinaryKernel}) with any binary
 * metric (HAMMING, JACCARD, SUBSTRUCTURE, SUPERSTRUCTURE). Like FLAT it adds no structure: it
 * persists nothing and reports only its wrapper. Also the fallback of BIN_IVF_FLAT on small,
 * heavily filtered or still-building segments.
 */
public final class BinFlatIndex implements VectorIndex {
    /** The wrapper: header, two references, two ints, aligned. */
    static final long SHALLOW_BYTES = 32;

    private final IndexSpec spec;
    private final byte[] vectors;
    private final int rows;
    private final int rowBytes;

    BinFlatIndex(IndexSpec spec, byte[] vectors, int rows, int dim) {
        this.spec = spec;
        this.vectors = vectors;
        this.rows = rows;
        this.rowBytes = dim / 8;
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
        throw new UnsupportedOperationException("BIN_FLAT searches binary vectors");
    }

    @Override
    public TopK[] searchBinary(byte[] queries, int topK, Map<String, String> searchParams, BitSet excluded) {
        TopK[] heaps = new TopK[queries.length / rowBytes];
        for (int i = 0; i < heaps.length; i++) {
            heaps[i] = new TopK(topK);
        }
        BinaryKernel.scan(spec.metric(), queries, vectors, rowBytes, 0, rows, excluded, heaps, 0);
        return heaps;
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
