package io.partita.server.search;

import java.util.BitSet;

/**
 * The exact (FLAT) scan of a row range of one segment's vectors for a group of queries: each
 * row is read once from memory and compared with every query of the group while it is in cache
 * (queries are processed in pairs).
 */
final class SegmentScan {
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
        long refBase = (long) segIndex << 32;
        if (metric == Metric.COSINE) {
            scanCosine(queries, queryRows, data, dim, rowFrom, rowTo, excluded, heaps, refBase);
            return;
        }
        boolean l2 = metric == Metric.L2;
        float[] pair = new float[2];
        int nq = queryRows.length;
        for (int r = rowFrom; r < rowTo; r++) {
            if (excluded != null && excluded.get(r)) {
                continue;
            }
            int xo = r * dim;
            int j = 0;
            for (; j + 2 <= nq; j += 2) {
                int q0 = queryRows[j] * dim;
                int q1 = queryRows[j + 1] * dim;
                if (l2) {
                    Kernels.l2x2(queries, q0, q1, data, xo, dim, pair);
                    offer(heaps[j], pair[0], refBase | r);
                    offer(heaps[j + 1], pair[1], refBase | r);
                } else {
                    Kernels.dot2(queries, q0, q1, data, xo, dim, pair);
                    offer(heaps[j], -pair[0], refBase | r);
                    offer(heaps[j + 1], -pair[1], refBase | r);
                }
            }
            if (j < nq) {
                int q0 = queryRows[j] * dim;
                float s = l2 ? Kernels.l2(queries, q0, data, xo, dim) : -Kernels.dot(queries, q0, data, xo, dim);
                offer(heaps[j], s, refBase | r);
            }
        }
    }

    private static void offer(TopK heap, float key, long ref) {
        if (key <= heap.threshold()) {
            heap.offer(key, ref);
        }
    }

    private static void scanCosine(
            float[] queries,
            int[] queryRows,
            float[] data,
            int dim,
            int rowFrom,
            int rowTo,
            BitSet excluded,
            TopK[] heaps,
            long refBase) {
        float[] qNorm = new float[queryRows.length];
        for (int j = 0; j < queryRows.length; j++) {
            int q0 = queryRows[j] * dim;
            qNorm[j] = Kernels.dot(queries, q0, queries, q0, dim);
        }
        for (int r = rowFrom; r < rowTo; r++) {
            if (excluded != null && excluded.get(r)) {
                continue;
            }
            int xo = r * dim;
            float xNorm = Kernels.dot(data, xo, data, xo, dim);
            for (int j = 0; j < queryRows.length; j++) {
                float d = Kernels.dot(queries, queryRows[j] * dim, data, xo, dim);
                float cos = qNorm[j] == 0 || xNorm == 0 ? 0 : (float) (d / Math.sqrt((double) qNorm[j] * xNorm));
                offer(heaps[j], -cos, refBase | r);
            }
        }
    }
}
