package io.partita.server.search;

import io.partita.server.memory.RamUsage;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * IVF_SQ8: each row is stored as one byte per dimension (8-bit scalar quantization between the
 * segment's per-dimension minimum and maximum, as faiss's QT_8bit), in list order, and scored
 * against the query without decoding: for L2 {@code Σ (q_d - min_d - c_d·step_d)²}, for IP and
 * COSINE {@code Σ q_d·min_d + Σ (q_d·step_d)·c_d} (COSINE on unit vectors). Scores are
 * approximate; the index holds {@code dim} bytes per row plus the lists.
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
        float[] row = new float[dim];
        float[] min = new float[dim];
        float[] max = new float[dim];
        java.util.Arrays.fill(min, Float.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Float.NEGATIVE_INFINITY);
        for (int r = 0; r < rows; r++) {
            load(vectors, r, dim, unit, row);
            for (int d = 0; d < dim; d++) {
                min[d] = Math.min(min[d], row[d]);
                max[d] = Math.max(max[d], row[d]);
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
        for (int p = 0; p < rows; p++) {
            load(vectors, lists.ids[p], dim, unit, row);
            for (int d = 0; d < dim; d++) {
                int c = step[d] == 0 ? 0 : Math.round((row[d] - min[d]) / step[d]);
                codes[p * dim + d] = (byte) Math.max(0, Math.min(255, c));
            }
        }
        return new IvfSq8Index(spec, lists, vectors, rows, dim, min, step, codes);
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
        if (spec.metric() == Metric.L2) {
            float[] a = new float[dim];
            for (int d = 0; d < dim; d++) {
                a[d] = query[d] - min[d];
            }
            return p -> Kernels.sq8L2(a, s, codes, p * dim, dim);
        }
        float[] w = new float[dim];
        double base = 0;
        for (int d = 0; d < dim; d++) {
            w[d] = query[d] * s[d];
            base += (double) query[d] * min[d];
        }
        float b = (float) base;
        return p -> -(b + Kernels.sq8Dot(w, codes, p * dim, dim));
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
