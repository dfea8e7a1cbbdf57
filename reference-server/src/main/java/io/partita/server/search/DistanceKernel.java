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
     * {@link #dot} of {@code a[ao..]} with {@code dim} floats of a memory-mapped column read from byte
     * {@code xb} of {@code x} (little-endian): the same bits as {@link #dot} on the same values.
     */
    float dot(float[] a, int ao, java.nio.ByteBuffer x, int xb, int dim);

    /** {@link #l2} of {@code a[ao..]} with {@code dim} mapped floats from byte {@code xb} of {@code x}, as {@link #dot}'s. */
    float l2(float[] a, int ao, java.nio.ByteBuffer x, int xb, int dim);

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

    /**
     * An SQ8 code's squared L2 distance: {@code Σ (a[d] - (codes[co + d] & 0xff)·step[d])²} over
     * {@code dim} dimensions ({@code a} is the query minus the per-dimension minimum).
     */
    default float sq8L2(float[] a, float[] step, byte[] codes, int co, int dim) {
        float s = 0;
        for (int d = 0; d < dim; d++) {
            float diff = a[d] - (codes[co + d] & 0xff) * step[d];
            s += diff * diff;
        }
        return s;
    }

    /** An SQ8 code's weighted sum {@code Σ w[d]·(codes[co + d] & 0xff)} over {@code dim} dimensions. */
    default float sq8Dot(float[] w, byte[] codes, int co, int dim) {
        float s = 0;
        for (int d = 0; d < dim; d++) {
            s += w[d] * (codes[co + d] & 0xff);
        }
        return s;
    }

    /**
     * One sub-space's product-quantization lookup table: for each of {@code ksub} sub-centroids
     * {@code c}, the squared L2 distance ({@code l2}) or inner product between the {@code dsub}
     * query floats at {@code q[qo..]} and the sub-centroid, into {@code out[oo + c]}. The
     * sub-centroids are stored dimension-major: component {@code d} of sub-centroid {@code c} at
     * {@code book[bo + d·ksub + c]}, so the kernel scores many sub-centroids per instruction.
     */
    default void pqTable(float[] q, int qo, float[] book, int bo, int dsub, int ksub, boolean l2, float[] out, int oo) {
        for (int c = 0; c < ksub; c++) {
            float v = 0;
            for (int d = 0; d < dsub; d++) {
                float x = q[qo + d];
                float y = book[bo + d * ksub + c];
                v += l2 ? (x - y) * (x - y) : x * y;
            }
            out[oo + c] = v;
        }
    }

    /** A short name for logs and benchmarks, e.g. {@code "simd-512"} or {@code "scalar"}. */
    String name();
}
