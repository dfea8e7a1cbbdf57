package io.partita.server.search;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.util.BitSet;

/**
 * The exact (FLAT) scan of a row range of one segment's vectors for a group of queries. Rows
 * are taken in blocks small enough to stay in the core's L2 cache ({@link #BLOCK_BYTES}); every
 * query of the group is compared with the whole block before the next block is read, so each
 * vector is read from memory once however many queries there are.
 */
final class SegmentScan {
    /** Bytes of vectors per block: well inside a 1 MB L2 together with the queries. */
    static final int BLOCK_BYTES = 128 << 10;

    private SegmentScan() {}

    /**
     * @param queries row-major query vectors
     * @param queryRows indexes (into {@code queries}) of the queries of this group
     * @param heaps one heap per entry of {@code queryRows}
     * @param excluded rows to skip (deleted or filtered out), or null
     * @param segIndex stored in the high half of each candidate's ref
     */
    static void scan(
            Metric metric,
            float[] queries,
            int[] queryRows,
            float[] data,
            int dim,
            int rowFrom,
            int rowTo,
            BitSet excluded,
            TopK[] heaps,
            int segIndex) {
        float[] qNorm = queryNorms(metric, queries, queryRows, dim);
        float[] xNorm = qNorm == null ? null : new float[blockRows(dim)];
        scan(
                metric,
                queries,
                queryRows,
                qNorm,
                xNorm,
                data,
                dim,
                rowFrom,
                rowTo,
                excluded,
                heaps,
                (long) segIndex << 32);
    }

    /**
     * The scan of rows {@code rowFrom..rowTo} of memory-mapped vectors ({@code mmap.enabled}, {@code
     * data} little-endian floats, row-major), block by block as {@link #scan} goes so every query of
     * the group reads a block while it is in cache. L2 and IP read the mapping in place through the
     * kernels' mapped variants (the same bits as on the heap); COSINE, which also needs each row's
     * norm, copies each block into one scratch array and runs the heap scan on it. The vectors are
     * never held on the heap.
     */
    static void scanMapped(
            Metric metric,
            float[] queries,
            int[] queryRows,
            ByteBuffer data,
            int dim,
            int rowFrom,
            int rowTo,
            BitSet excluded,
            TopK[] heaps,
            int segIndex) {
        int block = blockRows(dim);
        long refBase = (long) segIndex << 32;
        if (metric == Metric.COSINE) {
            FloatBuffer floats = data.asFloatBuffer();
            float[] scratch = new float[Math.max(0, Math.min(block, rowTo - rowFrom)) * dim];
            float[] qNorm = queryNorms(metric, queries, queryRows, dim);
            float[] xNorm = new float[block];
            for (int b = rowFrom; b < rowTo; b += block) {
                int n = Math.min(rowTo, b + block) - b;
                floats.get(b * dim, scratch, 0, n * dim);
                BitSet ex = excluded == null ? null : excluded.get(b, b + n);
                scan(metric, queries, queryRows, qNorm, xNorm, scratch, dim, 0, n, ex, heaps, refBase + b);
            }
            return;
        }
        boolean l2 = metric == Metric.L2;
        for (int b = rowFrom; b < rowTo; b += block) {
            int e = Math.min(rowTo, b + block);
            for (int j = 0; j < queryRows.length; j++) {
                scanMappedRows(l2, queries, queryRows[j] * dim, data, dim, b, e, excluded, heaps[j], refBase);
            }
        }
    }

    /** L2 or IP keys of rows {@code from..to} of mapped vectors for one query. */
    private static void scanMappedRows(
            boolean l2,
            float[] q,
            int q0,
            ByteBuffer data,
            int dim,
            int from,
            int to,
            BitSet excluded,
            TopK heap,
            long refBase) {
        float threshold = heap.threshold();
        int rowBytes = 4 * dim;
        for (int r = from; r < to; r++) {
            if (excluded != null && excluded.get(r)) {
                continue;
            }
            float key = l2 ? Kernels.l2(q, q0, data, r * rowBytes, dim) : -Kernels.dot(q, q0, data, r * rowBytes, dim);
            if (key <= threshold) {
                heap.offer(key, refBase + r);
                threshold = heap.threshold();
            }
        }
    }

    /** Rows of {@code dim} floats in one block of {@link #BLOCK_BYTES}; at least one. */
    private static int blockRows(int dim) {
        return Math.max(1, BLOCK_BYTES / (4 * Math.max(1, dim)));
    }

    /** COSINE's squared query norms, one per entry of {@code queryRows}; null for other metrics. */
    private static float[] queryNorms(Metric metric, float[] queries, int[] queryRows, int dim) {
        if (metric != Metric.COSINE) {
            return null;
        }
        float[] qNorm = new float[queryRows.length];
        for (int j = 0; j < queryRows.length; j++) {
            int q0 = queryRows[j] * dim;
            qNorm[j] = Kernels.dot(queries, q0, queries, q0, dim);
        }
        return qNorm;
    }

    /**
     * As the public scan, with COSINE's query norms and a row-norm scratch of one block given (null
     * for other metrics); candidates' refs are {@code refBase + row}.
     */
    private static void scan(
            Metric metric,
            float[] queries,
            int[] queryRows,
            float[] qNorm,
            float[] xNorm,
            float[] data,
            int dim,
            int rowFrom,
            int rowTo,
            BitSet excluded,
            TopK[] heaps,
            long refBase) {
        int block = blockRows(dim);
        int nq = queryRows.length;
        for (int b = rowFrom; b < rowTo; b += block) {
            int e = Math.min(rowTo, b + block);
            if (xNorm != null) {
                for (int r = b; r < e; r++) {
                    xNorm[r - b] = Kernels.dot(data, r * dim, data, r * dim, dim);
                }
            }
            for (int j = 0; j < nq; j++) {
                int q0 = queryRows[j] * dim;
                TopK heap = heaps[j];
                switch (metric) {
                    case L2 -> scanL2(queries, q0, data, dim, b, e, excluded, heap, refBase);
                    case IP -> scanIp(queries, q0, data, dim, b, e, excluded, heap, refBase);
                    default -> scanCosine(queries, q0, qNorm[j], xNorm, data, dim, b, e, excluded, heap, refBase);
                }
            }
        }
    }

    private static void scanL2(
            float[] q, int q0, float[] data, int dim, int from, int to, BitSet excluded, TopK heap, long refBase) {
        float threshold = heap.threshold();
        for (int r = from; r < to; r++) {
            if (excluded != null && excluded.get(r)) {
                continue;
            }
            float key = Kernels.l2(q, q0, data, r * dim, dim);
            if (key <= threshold) {
                heap.offer(key, refBase + r);
                threshold = heap.threshold();
            }
        }
    }

    private static void scanIp(
            float[] q, int q0, float[] data, int dim, int from, int to, BitSet excluded, TopK heap, long refBase) {
        float threshold = heap.threshold();
        for (int r = from; r < to; r++) {
            if (excluded != null && excluded.get(r)) {
                continue;
            }
            float key = -Kernels.dot(q, q0, data, r * dim, dim);
            if (key <= threshold) {
                heap.offer(key, refBase + r);
                threshold = heap.threshold();
            }
        }
    }

    private static void scanCosine(
            float[] q,
            int q0,
            float qNorm,
            float[] xNorm,
            float[] data,
            int dim,
            int from,
            int to,
            BitSet excluded,
            TopK heap,
            long refBase) {
        float threshold = heap.threshold();
        for (int r = from; r < to; r++) {
            if (excluded != null && excluded.get(r)) {
                continue;
            }
            float d = Kernels.dot(q, q0, data, r * dim, dim);
            float key = -Kernels.cosineOf(d, qNorm, xNorm[r - from]);
            if (key <= threshold) {
                heap.offer(key, refBase + r);
                threshold = heap.threshold();
            }
        }
    }
}
