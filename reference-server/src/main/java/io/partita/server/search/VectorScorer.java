package io.partita.server.search;

/**
 * Scores a query (or a stored row) against stored rows as ordering keys, smaller is better
 * ({@link Metric#toKey}): squared L2, negative inner product, negative cosine. For COSINE the
 * rows' squared norms are kept (and charged by the index that holds them).
 */
final class VectorScorer {
    final Metric metric;
    final float[] vectors;
    final int dim;
    /** Squared norms per row for COSINE, else null. */
    final float[] norms;

    VectorScorer(Metric metric, float[] vectors, int rows, int dim) {
        this.metric = metric;
        this.vectors = vectors;
        this.dim = dim;
        if (metric == Metric.COSINE) {
            norms = new float[rows];
            for (int r = 0; r < rows; r++) {
                norms[r] = Kernels.dot(vectors, r * dim, vectors, r * dim, dim);
            }
        } else {
            norms = null;
        }
    }

    /** The squared norm of a query, needed by {@link #key} for COSINE (0 otherwise). */
    float queryNorm(float[] q, int qo) {
        return metric == Metric.COSINE ? Kernels.dot(q, qo, q, qo, dim) : 0f;
    }

    float key(float[] q, int qo, float qNorm, int row) {
        int xo = row * dim;
        return switch (metric) {
            case L2 -> Kernels.l2(q, qo, vectors, xo, dim);
            case IP -> -Kernels.dot(q, qo, vectors, xo, dim);
            case COSINE -> -Kernels.cosineOf(Kernels.dot(q, qo, vectors, xo, dim), qNorm, norms[row]);
            default -> throw new IllegalStateException(metric + " does not score float vectors");
        };
    }

    /**
     * {@link #key} of the query with each of {@code n} rows ({@code rows[from..from+n)}) into
     * {@code out[0..n)}, scored together by the kernel's many-rows path (the same bits as
     * {@link #key} row by row).
     */
    void keys(float[] q, int qo, float qNorm, int[] rows, int from, int n, float[] out) {
        switch (metric) {
            case L2 -> Kernels.l2Rows(q, qo, vectors, rows, from, n, dim, out);
            case IP -> {
                Kernels.dotRows(q, qo, vectors, rows, from, n, dim, out);
                for (int i = 0; i < n; i++) {
                    out[i] = -out[i];
                }
            }
            case COSINE -> {
                Kernels.dotRows(q, qo, vectors, rows, from, n, dim, out);
                for (int i = 0; i < n; i++) {
                    out[i] = -Kernels.cosineOf(out[i], qNorm, norms[rows[from + i]]);
                }
            }
        }
    }

    /** Sum of touched floats: kept so the touching loads are not optimized away. */
    private static volatile float sink;

    /**
     * Reads one float of every 64-byte line of rows {@code rows[from..from+n)}, before
     * {@link #keys} scores them. An IVF list's members are scattered over the segment's vectors,
     * so each row is a miss to memory; these reads are independent, so the core keeps many in
     * flight and the scoring pass finds the block in cache, instead of waiting on four rows at a
     * time (Java has no prefetch instruction). A/B on IVF_FLAT 50k × 128: 1.2–1.8× the queries
     * per CPU-second; on HNSW's neighbour batches (20k rows) no clear change, so it is not used there.
     */
    void touch(int[] rows, int from, int n) {
        float[] v = vectors;
        float s = 0;
        for (int i = from, e = from + n; i < e; i++) {
            int o = rows[i] * dim;
            for (int d = 0; d < dim; d += 16) {
                s += v[o + d];
            }
        }
        if (s == Float.MIN_VALUE) {
            sink = s; // practically never; the comparison keeps the loads alive
        }
    }

    /** Key between two stored rows. */
    float keyBetween(int a, int b) {
        return key(vectors, a * dim, norms == null ? 0f : norms[a], b);
    }
}
