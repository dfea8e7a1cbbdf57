package io.partita.server.search;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.BitSet;

/**
 * Sparse float vectors in Milvus's wire form: a row is the little-endian bytes of (uint32 index,
 * float32 value) pairs, indices strictly increasing. {@link #check} applies Milvus's row rules
 * with its messages; {@link #scan} is the exact inner-product search (the only metric of sparse
 * vectors here), which SPARSE_INVERTED_INDEX and SPARSE_WAND approximate.
 */
public final class SparseVectors {
    /** Bytes of one (index, value) pair. */
    public static final int PAIR_BYTES = 8;

    private SparseVectors() {}

    /**
     * Null when {@code row} is a valid sparse row, else Milvus's reason: the texts of
     * {@code ValidateSparseFloatRows} (milvus-io/milvus pkg/util/typeutil/schema.go; the first two
     * read in the Go client tests tests/go_client/testcases/insert_test.go). An index sent as a
     * negative 32-bit number is 2^32-1 or above on the wire, so it meets the first rule.
     */
    public static String check(byte[] row) {
        if (row == null) {
            return "nil sparse float vector";
        }
        if (row.length % PAIR_BYTES != 0) {
            return "invalid data length in sparse float vector: " + row.length;
        }
        ByteBuffer b = ByteBuffer.wrap(row).order(ByteOrder.LITTLE_ENDIAN);
        long previous = -1;
        for (int at = 0; at < row.length; at += PAIR_BYTES) {
            long index = b.getInt(at) & 0xFFFFFFFFL;
            float value = b.getFloat(at + 4);
            if (index == 0xFFFFFFFFL) {
                return "invalid index in sparse float vector: must be less than 2^32-1";
            }
            if (index <= previous) {
                return "unsorted or same indices in sparse float vector";
            }
            if (Float.isNaN(value) || Float.isInfinite(value)) {
                return "float32 number is infinity or NaN in sparse float vector: " + value;
            }
            previous = index;
        }
        return null;
    }

    /** The inner product of two valid rows (a merge over their sorted indices). */
    public static float dot(byte[] a, byte[] b) {
        ByteBuffer x = ByteBuffer.wrap(a).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer y = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        int j = 0;
        float sum = 0;
        while (i < a.length && j < b.length) {
            long ia = x.getInt(i) & 0xFFFFFFFFL;
            long ib = y.getInt(j) & 0xFFFFFFFFL;
            if (ia == ib) {
                sum += x.getFloat(i + 4) * y.getFloat(j + 4);
                i += PAIR_BYTES;
                j += PAIR_BYTES;
            } else if (ia < ib) {
                i += PAIR_BYTES;
            } else {
                j += PAIR_BYTES;
            }
        }
        return sum;
    }

    /**
     * Offers every row of one segment that is not excluded to each query's heap, keyed by the
     * negated inner product; refs are {@code segIndex << 32 | row}. Rows that share no index with a
     * query (score 0) are candidates too, as Milvus's brute force returns them.
     */
    public static void scan(byte[][] queries, byte[][] rows, BitSet excluded, TopK[] heaps, int segIndex) {
        long base = (long) segIndex << 32;
        for (int q = 0; q < queries.length; q++) {
            TopK heap = heaps[q];
            for (int r = 0; r < rows.length; r++) {
                if (excluded != null && excluded.get(r)) {
                    continue;
                }
                heap.offer(-dot(queries[q], rows[r]), base | r);
            }
        }
    }
}
