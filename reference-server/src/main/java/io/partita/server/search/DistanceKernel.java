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

    /** A short name for logs and benchmarks, e.g. {@code "simd-512"} or {@code "scalar"}. */
    String name();
}
