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

    /** Key between two stored rows. */
    float keyBetween(int a, int b) {
        return key(vectors, a * dim, norms == null ? 0f : norms[a], b);
    }
}
