package io.partita.server.search;

import java.util.Random;

/**
 * Lloyd's k-means over row-major {@code float[]} points, deterministic for a given seed: the
 * initial centroids are distinct points drawn by the seeded generator, a cluster left empty is
 * re-seeded by splitting the largest one (as faiss does), and training runs on a seeded sample
 * of at most {@code maxPointsPerCentroid × k} points. Assignment uses squared L2, or the largest
 * inner product when {@code innerProduct} is set (spherical k-means: centroids are normalized).
 */
final class KMeans {
    /** Lloyd iterations; faiss's IVF training uses 10 too. */
    static final int ITERATIONS = 10;

    private KMeans() {}

    /**
     * Trains {@code k} centroids over {@code n} points of {@code dim} floats.
     *
     * @return {@code k × dim} centroids; when {@code n < k} the points are repeated
     */
    static float[] train(
            float[] points, int n, int dim, int k, boolean innerProduct, long seed, int maxPointsPerCentroid) {
        Random rnd = new Random(seed);
        // spherical k-means trains on unit vectors, so the sample is a normalized copy
        float[] sample = sample(points, n, dim, (long) k * maxPointsPerCentroid, innerProduct, rnd);
        int s = Math.min(n, (int) Math.min(Integer.MAX_VALUE, (long) k * maxPointsPerCentroid));
        if (innerProduct) {
            normalizeRows(sample, s, dim);
        }
        float[] centroids = new float[k * dim];
        if (s == 0) {
            return centroids;
        }
        int[] order = permutation(s, rnd);
        for (int c = 0; c < k; c++) {
            System.arraycopy(sample, order[c % s] * dim, centroids, c * dim, dim);
        }
        if (s <= k) {
            return centroids;
        }
        int[] labels = new int[s];
        int[] counts = new int[k];
        double[] sums = new double[k * dim];
        for (int it = 0; it < ITERATIONS; it++) {
            assign(sample, s, dim, centroids, k, innerProduct, labels);
            java.util.Arrays.fill(counts, 0);
            java.util.Arrays.fill(sums, 0);
            for (int i = 0; i < s; i++) {
                int c = labels[i];
                counts[c]++;
                int po = i * dim;
                int co = c * dim;
                for (int d = 0; d < dim; d++) {
                    sums[co + d] += sample[po + d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (counts[c] > 0) {
                    for (int d = 0; d < dim; d++) {
                        centroids[c * dim + d] = (float) (sums[c * dim + d] / counts[c]);
                    }
                }
            }
            splitEmpty(centroids, counts, k, dim, rnd);
            if (innerProduct) {
                normalizeRows(centroids, k, dim);
            }
        }
        return centroids;
    }

    /** A cluster left empty takes half of the largest one: its centroid, nudged both ways. */
    private static void splitEmpty(float[] centroids, int[] counts, int k, int dim, Random rnd) {
        for (int c = 0; c < k; c++) {
            if (counts[c] != 0) {
                continue;
            }
            int big = 0;
            for (int j = 1; j < k; j++) {
                if (counts[j] > counts[big]) {
                    big = j;
                }
            }
            for (int d = 0; d < dim; d++) {
                float eps = (rnd.nextBoolean() ? 1 : -1) * 1e-3f * (Math.abs(centroids[big * dim + d]) + 1e-3f);
                centroids[c * dim + d] = centroids[big * dim + d] + eps;
                centroids[big * dim + d] -= eps;
            }
            counts[c] = counts[big] / 2;
            counts[big] -= counts[c];
        }
    }

    /** Labels each of {@code n} points with its nearest of {@code k} centroids. */
    static void assign(float[] points, int n, int dim, float[] centroids, int k, boolean innerProduct, int[] labels) {
        for (int i = 0; i < n; i++) {
            labels[i] = nearest(points, i * dim, dim, centroids, k, innerProduct);
        }
    }

    /** The nearest centroid of the point at {@code points[po..]}; ties go to the lower index. */
    static int nearest(float[] points, int po, int dim, float[] centroids, int k, boolean innerProduct) {
        return nearest(points, po, dim, centroids, 0, k, innerProduct);
    }

    /** As {@link #nearest(float[], int, int, float[], int, boolean)} over centroids from {@code co}. */
    static int nearest(float[] points, int po, int dim, float[] centroids, int co, int k, boolean innerProduct) {
        if (dim < SMALL_DIM) {
            return nearestSmall(points, po, dim, centroids, co, k, innerProduct);
        }
        int best = 0;
        float bestKey = Float.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            float key = innerProduct
                    ? -Kernels.dot(points, po, centroids, co + c * dim, dim)
                    : Kernels.l2(points, po, centroids, co + c * dim, dim);
            if (key < bestKey) {
                bestKey = key;
                best = c;
            }
        }
        return best;
    }

    /**
     * Below this many dimensions (PQ sub-vectors) a plain loop beats a call into the kernel,
     * whose SIMD lanes would go unused.
     */
    static final int SMALL_DIM = 16;

    private static int nearestSmall(
            float[] points, int po, int dim, float[] centroids, int co, int k, boolean innerProduct) {
        int best = 0;
        float bestKey = Float.POSITIVE_INFINITY;
        for (int c = 0, o = co; c < k; c++, o += dim) {
            float key = 0;
            if (innerProduct) {
                for (int d = 0; d < dim; d++) {
                    key -= points[po + d] * centroids[o + d];
                }
            } else {
                for (int d = 0; d < dim; d++) {
                    float diff = points[po + d] - centroids[o + d];
                    key += diff * diff;
                }
            }
            if (key < bestKey) {
                bestKey = key;
                best = c;
            }
        }
        return best;
    }

    static void normalizeRows(float[] v, int rows, int dim) {
        for (int r = 0; r < rows; r++) {
            float n = Kernels.dot(v, r * dim, v, r * dim, dim);
            if (n > 0) {
                float inv = (float) (1 / Math.sqrt(n));
                for (int d = 0; d < dim; d++) {
                    v[r * dim + d] *= inv;
                }
            }
        }
    }

    /** The points themselves when few enough (and not to be modified), else a seeded sample. */
    private static float[] sample(float[] points, int n, int dim, long max, boolean copy, Random rnd) {
        if (n <= max) {
            return copy ? java.util.Arrays.copyOf(points, n * dim) : points;
        }
        int m = (int) max;
        int[] order = permutation(n, rnd);
        float[] out = new float[m * dim];
        for (int i = 0; i < m; i++) {
            System.arraycopy(points, order[i] * dim, out, i * dim, dim);
        }
        return out;
    }

    private static int[] permutation(int n, Random rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
