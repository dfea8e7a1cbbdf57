package io.partita.server.search;

/**
 * One implementation of the per-pair distance functions over row-major {@code float[]} data.
 * Implementations are stateless and thread-safe. {@link Kernels} chooses one at class
 * initialization (SIMD when {@code jdk.incubator.vector} is present, scalar otherwise); every
 * caller in the server computes a given pair through that one choice, so equal inputs always
 * give bit-identical scores within one JVM.
 */
interface DistanceKernel {
    /** Inner product of {@code dim} floats at {@code a[ao..]} and {@code b[bo..]}. */
    float dot(float[] a, int ao, float[] b, int bo, int dim);

    /** Squared Euclidean distance of {@code dim} floats at {@code a[ao..]} and {@code b[bo..]}. */
    float l2(float[] a, int ao, float[] b, int bo, int dim);

    /**
     * {@link #l2} of the query at {@code q[qo..]} with each of {@code n} stored rows
     * {@code x[rows[from + i]·dim ..]}, into {@code out[i]}. Bit-identical to calling {@link #l2} per
     * row (the same operand order and accumulation per row); implementations score several rows
     * at once so their loads overlap.
     */
    default void l2Rows(float[] q, int qo, float[] x, int[] rows, int from, int n, int dim, float[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = l2(q, qo, x, rows[from + i] * dim, dim);
        }
    }

    /** As {@link #l2Rows} for {@link #dot}. */
    default void dotRows(float[] q, int qo, float[] x, int[] rows, int from, int n, int dim, float[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = dot(q, qo, x, rows[from + i] * dim, dim);
        }
    }

    /** A short name for logs and benchmarks, e.g. {@code "simd-512"} or {@code "scalar"}. */
    String name();
}
