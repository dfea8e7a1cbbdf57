package io.partita.server.search;

import io.partita.server.memory.RamUsage;
import java.io.DataOutput;
import java.io.IOException;
import java.util.BitSet;
import java.util.Map;

/**
 * An index over the valid rows only of a nullable vector field's segment (Milvus 2.6: a null row
 * has no vector, so no index holds it). The inner index is built over a compact copy of the valid
 * rows' vectors and numbers them 0..m-1; this wrapper answers in the segment's row numbers, turns
 * the excluded rows into the inner numbering, and charges the compact copy and the row map on top
 * of the inner structure. Only {@link VectorIndexes} makes one, and only when some row is null.
 */
final class ValidRowsIndex implements VectorIndex {
    /** The wrapper: header, three references, one int, one long, aligned. */
    private static final long SHALLOW_BYTES =
            RamUsage.align(RamUsage.OBJECT_HEADER_BYTES + 3 * RamUsage.REFERENCE_BYTES + 4 + 8);

    private final VectorIndex inner;
    private final int[] rowOf;
    private final int rows;
    private final long copyBytes;

    /**
     * @param inner the index over the valid rows, numbered in segment order
     * @param rowOf the segment row of each inner row, ascending
     * @param rows the segment's row count
     * @param copyBytes heap bytes of the compact copy of the vectors the inner index searches
     */
    ValidRowsIndex(VectorIndex inner, int[] rowOf, int rows, long copyBytes) {
        this.inner = inner;
        this.rowOf = rowOf;
        this.rows = rows;
        this.copyBytes = copyBytes;
    }

    /** The segment rows that are valid, ascending; null when every row is (no wrapper needed). */
    static int[] validRows(boolean[] valid) {
        if (valid == null) {
            return null;
        }
        int m = 0;
        for (boolean v : valid) {
            m += v ? 1 : 0;
        }
        if (m == valid.length) {
            return null;
        }
        int[] out = new int[m];
        int at = 0;
        for (int r = 0; r < valid.length; r++) {
            if (valid[r]) {
                out[at++] = r;
            }
        }
        return out;
    }

    /** The rows {@code rowOf} of {@code width}-element rows of {@code all}, compacted. */
    static float[] compact(float[] all, int[] rowOf, int width) {
        float[] out = new float[rowOf.length * width];
        for (int i = 0; i < rowOf.length; i++) {
            System.arraycopy(all, rowOf[i] * width, out, i * width, width);
        }
        return out;
    }

    /** As {@link #compact(float[], int[], int)} for byte rows. */
    static byte[] compact(byte[] all, int[] rowOf, int width) {
        byte[] out = new byte[rowOf.length * width];
        for (int i = 0; i < rowOf.length; i++) {
            System.arraycopy(all, rowOf[i] * width, out, i * width, width);
        }
        return out;
    }

    @Override
    public IndexSpec spec() {
        return inner.spec();
    }

    @Override
    public int size() {
        return rows;
    }

    @Override
    public TopK[] search(float[] queries, int topK, Map<String, String> searchParams, BitSet excluded) {
        TopK[] heaps = inner.search(queries, topK, searchParams, innerExcluded(excluded));
        return mapped(heaps);
    }

    @Override
    public TopK[] searchBinary(byte[] queries, int topK, Map<String, String> searchParams, BitSet excluded) {
        TopK[] heaps = inner.searchBinary(queries, topK, searchParams, innerExcluded(excluded));
        return mapped(heaps);
    }

    private BitSet innerExcluded(BitSet excluded) {
        if (excluded == null) {
            return null;
        }
        BitSet out = new BitSet(rowOf.length);
        for (int i = 0; i < rowOf.length; i++) {
            if (excluded.get(rowOf[i])) {
                out.set(i);
            }
        }
        return out;
    }

    private TopK[] mapped(TopK[] heaps) {
        for (TopK h : heaps) {
            h.mapRefs(rowOf);
        }
        return heaps;
    }

    @Override
    public long ramBytesUsed() {
        return SHALLOW_BYTES + RamUsage.array(4, rowOf.length) + copyBytes + inner.ramBytesUsed();
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        // the row map is the segment's validity mask, read again at load: only the inner structure
        inner.writeTo(out);
    }
}
