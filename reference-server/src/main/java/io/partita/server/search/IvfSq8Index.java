package io.partita.server.search;

import io.partita.server.memory.RamUsage;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * IVF_SQ8: each row is stored as one byte per dimension, in list order: the 8-bit scalar
 * quantization of its residual, the row minus its list's centroid, between the residuals'
 * per-dimension minimum and maximum over the segment (faiss's {@code IndexIVFScalarQuantizer} with
 * QT_8bit and {@code by_residual}, which Milvus's IVF_SQ8 builds). Residuals span a cluster, not the
 * whole space, so each code step is finer. Scored against the query without decoding, per probed list
 * with centroid {@code c}: for L2 {@code Σ (q_d - c_d - min_d - k_d·step_d)²}, for IP and COSINE
 * {@code q·c + Σ q_d·min_d + Σ (q_d·step_d)·k_d} (COSINE on unit vectors), {@code k} the codes.
 * Scores are approximate; the index holds {@code dim} bytes per row plus the lists.
 */
final class IvfSq8Index extends IvfIndex {
    private final float[] min;
    private final float[] step;
    /** {@code rows × dim} codes, row {@code p} of list order at {@code p * dim}. */
    private final byte[] codes;

    private IvfSq8Index(
            IndexSpec spec,
            IvfLists lists,
            float[] vectors,
            int rows,
            int dim,
            float[] min,
            float[] step,
            byte[] codes) {
        super(spec, lists, vectors, rows, dim);
        this.min = min;
        this.step = step;
        this.codes = codes;
    }

    static IvfSq8Index build(IndexSpec spec, float[] vectors, int rows, int dim) {
        IvfLists lists = IvfLists.build(spec.metric(), vectors, rows, dim, spec.param("nlist"));
        boolean unit = spec.metric() == Metric.COSINE;
        float[] residual = new float[dim];
        float[] min = new float[dim];
        float[] max = new float[dim];
        java.util.Arrays.fill(min, Float.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Float.NEGATIVE_INFINITY);
        for (int list = 0; list < lists.nlist; list++) {
            for (int p = lists.offsets[list]; p < lists.offsets[list + 1]; p++) {
                residual(vectors, lists, list, p, dim, unit, residual);
                for (int d = 0; d < dim; d++) {
                    min[d] = Math.min(min[d], residual[d]);
                    max[d] = Math.max(max[d], residual[d]);
                }
            }
        }
        float[] step = new float[dim];
        for (int d = 0; d < dim; d++) {
            if (rows == 0) {
                min[d] = 0;
            }
            step[d] = rows == 0 ? 0 : (max[d] - min[d]) / 255f;
        }
        byte[] codes = new byte[rows * dim];
        for (int list = 0; list < lists.nlist; list++) {
            for (int p = lists.offsets[list]; p < lists.offsets[list + 1]; p++) {
                residual(vectors, lists, list, p, dim, unit, residual);
                for (int d = 0; d < dim; d++) {
                    int c = step[d] == 0 ? 0 : Math.round((residual[d] - min[d]) / step[d]);
                    codes[p * dim + d] = (byte) Math.max(0, Math.min(255, c));
                }
            }
        }
        return new IvfSq8Index(spec, lists, vectors, rows, dim, min, step, codes);
    }

    /** The row at list position {@code p} of {@code list} (a unit vector when {@code unit}) minus the list's centroid. */
    private static void residual(float[] vectors, IvfLists lists, int list, int p, int dim, boolean unit, float[] out) {
        load(vectors, lists.ids[p], dim, unit, out);
        for (int d = 0; d < dim; d++) {
            out[d] -= lists.centroids[list * dim + d];
        }
    }

    /** Row {@code r} into {@code out}, as a unit vector when {@code unit}. */
    private static void load(float[] vectors, int r, int dim, boolean unit, float[] out) {
        System.arraycopy(vectors, r * dim, out, 0, dim);
        if (unit) {
            KMeans.normalizeRows(out, 1, dim);
        }
    }

    static IvfSq8Index read(IndexSpec spec, ByteBuffer in, float[] vectors, int rows, int dim) {
        IvfLists lists = IvfLists.read(spec.metric(), in, rows, dim);
        float[] min = IvfLists.readFloats(in, dim);
        float[] step = IvfLists.readFloats(in, dim);
        byte[] codes = IvfLists.readBytes(in, rows * dim);
        return new IvfSq8Index(spec, lists, vectors, rows, dim, min, step, codes);
    }

    @Override
    ListScorer scorer(float[] query) {
        int dim = this.dim;
        byte[] codes = this.codes;
        float[] s = step;
        float[] centroids = lists.centroids;
        if (spec.metric() == Metric.L2) {
            float[] a = new float[dim];
            return new ListScorer() {
                @Override
                public void enter(int list, float coarseKey) {
                    for (int d = 0; d < dim; d++) {
                        a[d] = query[d] - centroids[list * dim + d] - min[d];
                    }
                }

                @Override
                public float key(int p) {
                    return Kernels.sq8L2(a, s, codes, p * dim, dim);
                }
            };
        }
        float[] w = new float[dim];
        double queryDotMin = 0;
        for (int d = 0; d < dim; d++) {
            w[d] = query[d] * s[d];
            queryDotMin += (double) query[d] * min[d];
        }
        float qMin = (float) queryDotMin;
        return new ListScorer() {
            private float base;

            @Override
            public void enter(int list, float coarseKey) {
                base = coarseKey - qMin; // coarseKey is minus the query's inner product with the centroid
            }

            @Override
            public float key(int p) {
                return base - Kernels.sq8Dot(w, codes, p * dim, dim);
            }
        };
    }

    @Override
    int fieldBytes() {
        return 3 * (int) RamUsage.REFERENCE_BYTES;
    }

    @Override
    long codeBytes() {
        return RamUsage.array(4, min.length) + RamUsage.array(4, step.length) + RamUsage.array(1, codes.length);
    }

    @Override
    void writeCodes(DataOutput out) throws IOException {
        IvfLists.writeFloats(out, min);
        IvfLists.writeFloats(out, step);
        out.write(codes);
    }
}
