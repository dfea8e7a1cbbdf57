package io.partita.server.search;

/**
 * Distance kernels over row-major {@code float[]} data. Each sum runs in four interleaved
 * lanes (element i goes to lane i % 4) combined as {@code (l0 + l1) + (l2 + l3)}; the blocked
 * variants, which compute several queries against one row while it is in cache, use exactly
 * the same order, so every kernel returns bit-identical results for the same pair.
 */
public final class Kernels {
    private Kernels() {}

    public static float dot(float[] a, int ao, float[] b, int bo, int dim) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 4 <= dim; i += 4) {
            s0 += a[ao + i] * b[bo + i];
            s1 += a[ao + i + 1] * b[bo + i + 1];
            s2 += a[ao + i + 2] * b[bo + i + 2];
            s3 += a[ao + i + 3] * b[bo + i + 3];
        }
        for (; i < dim; i++) {
            s0 += a[ao + i] * b[bo + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Squared Euclidean distance. */
    public static float l2(float[] a, int ao, float[] b, int bo, int dim) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 4 <= dim; i += 4) {
            float d0 = a[ao + i] - b[bo + i];
            float d1 = a[ao + i + 1] - b[bo + i + 1];
            float d2 = a[ao + i + 2] - b[bo + i + 2];
            float d3 = a[ao + i + 3] - b[bo + i + 3];
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; i < dim; i++) {
            float d = a[ao + i] - b[bo + i];
            s0 += d * d;
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Cosine similarity; 0 when either vector is zero. */
    public static float cosine(float[] a, int ao, float[] b, int bo, int dim) {
        float d = dot(a, ao, b, bo, dim);
        float na = dot(a, ao, a, ao, dim);
        float nb = dot(b, bo, b, bo, dim);
        if (na == 0 || nb == 0) {
            return 0;
        }
        return (float) (d / Math.sqrt((double) na * nb));
    }

    /** {@link #dot} of two queries (at {@code q0}, {@code q1} in {@code q}) against one row. */
    public static void dot2(float[] q, int q0, int q1, float[] x, int xo, int dim, float[] out) {
        float a0 = 0, a1 = 0, a2 = 0, a3 = 0;
        float b0 = 0, b1 = 0, b2 = 0, b3 = 0;
        int i = 0;
        for (; i + 4 <= dim; i += 4) {
            float x0 = x[xo + i], x1 = x[xo + i + 1], x2 = x[xo + i + 2], x3 = x[xo + i + 3];
            a0 += q[q0 + i] * x0;
            a1 += q[q0 + i + 1] * x1;
            a2 += q[q0 + i + 2] * x2;
            a3 += q[q0 + i + 3] * x3;
            b0 += q[q1 + i] * x0;
            b1 += q[q1 + i + 1] * x1;
            b2 += q[q1 + i + 2] * x2;
            b3 += q[q1 + i + 3] * x3;
        }
        for (; i < dim; i++) {
            a0 += q[q0 + i] * x[xo + i];
            b0 += q[q1 + i] * x[xo + i];
        }
        out[0] = (a0 + a1) + (a2 + a3);
        out[1] = (b0 + b1) + (b2 + b3);
    }

    /** {@link #l2} of two queries against one row. */
    public static void l2x2(float[] q, int q0, int q1, float[] x, int xo, int dim, float[] out) {
        float a0 = 0, a1 = 0, a2 = 0, a3 = 0;
        float b0 = 0, b1 = 0, b2 = 0, b3 = 0;
        int i = 0;
        for (; i + 4 <= dim; i += 4) {
            float x0 = x[xo + i], x1 = x[xo + i + 1], x2 = x[xo + i + 2], x3 = x[xo + i + 3];
            float d0 = q[q0 + i] - x0, d1 = q[q0 + i + 1] - x1, d2 = q[q0 + i + 2] - x2, d3 = q[q0 + i + 3] - x3;
            a0 += d0 * d0;
            a1 += d1 * d1;
            a2 += d2 * d2;
            a3 += d3 * d3;
            float e0 = q[q1 + i] - x0, e1 = q[q1 + i + 1] - x1, e2 = q[q1 + i + 2] - x2, e3 = q[q1 + i + 3] - x3;
            b0 += e0 * e0;
            b1 += e1 * e1;
            b2 += e2 * e2;
            b3 += e3 * e3;
        }
        for (; i < dim; i++) {
            float d = q[q0 + i] - x[xo + i];
            a0 += d * d;
            float e = q[q1 + i] - x[xo + i];
            b0 += e * e;
        }
        out[0] = (a0 + a1) + (a2 + a3);
        out[1] = (b0 + b1) + (b2 + b3);
    }
}
