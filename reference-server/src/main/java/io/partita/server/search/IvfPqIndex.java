package io.partita.server.search;

import io.partita.server.memory.RamUsage;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Random;

/**
 * IVF_PQ: each row's residual to its list's centroid is product-quantized into {@code m}
 * sub-vectors of {@code dim / m} floats, each replaced by the index of the nearest of
 * {@code 2^nbits} sub-centroids (one byte per sub-vector when {@code nbits ≤ 8}, two above).
 * Searches use asymmetric distance computation: per query (IP, COSINE) or per probed list (L2)
 * a table of {@code m × 2^nbits} partial scores, then a row costs {@code m} table lookups.
 * COSINE quantizes unit vectors. Scores are approximate.
 */
final class IvfPqIndex extends IvfIndex {
    /** Training residuals per sub-centroid (at least {@link #MIN_TRAIN}). */
    static final int TRAIN_PER_CENTROID = 64;

    static final int MIN_TRAIN = 4096;

    private final int m;
    private final int ksub;
    private final int dsub;
    private final int codeBytesPerSub;
    /**
     * {@code m × dsub × ksub}, dimension-major per sub-space: component {@code d} of sub-centroid
     * {@code c} of sub-space {@code j} at {@code (j·dsub + d)·ksub + c}, so a lookup table is
     * filled many sub-centroids at a time ({@link Kernels#pqTable}). The file keeps the
     * centroid-major order ({@code (j·ksub + c)·dsub + d}) it always had.
     */
    private final float[] codebooks;
    /** {@code rows × m × codeBytesPerSub}, in list order. */
    private final byte[] codes;

    private IvfPqIndex(
            IndexSpec spec, IvfLists lists, float[] vectors, int rows, int dim, float[] codebooks, byte[] codes) {
        super(spec, lists, vectors, rows, dim);
        this.m = spec.param("m");
        int nbits = spec.param("nbits");
        this.ksub = 1 << nbits;
        this.dsub = dim / m;
        this.codeBytesPerSub = nbits <= 8 ? 1 : 2;
        this.codebooks = transpose(codebooks, m, ksub, dsub, true);
        this.codes = codes;
    }

    static IvfPqIndex build(IndexSpec spec, float[] vectors, int rows, int dim) {
        IvfLists lists = IvfLists.build(spec.metric(), vectors, rows, dim, spec.param("nlist"));
        int m = spec.param("m");
        int ksub = 1 << spec.param("nbits");
        int dsub = dim / m;
        int bps = spec.param("nbits") <= 8 ? 1 : 2;
        boolean unit = spec.metric() == Metric.COSINE;
        int[] listOf = new int[rows];
        for (int l = 0; l < lists.nlist; l++) {
            for (int p = lists.offsets[l]; p < lists.offsets[l + 1]; p++) {
                listOf[p] = l;
            }
        }
        // training residuals: a seeded sample of list positions
        int train = (int) Math.min(rows, Math.max(MIN_TRAIN, (long) ksub * TRAIN_PER_CENTROID));
        Random rnd = new Random(IvfLists.SEED + 1);
        float[] residual = new float[dim];
        float[][] sub = new float[m][train * dsub];
        for (int i = 0; i < train; i++) {
            int p = train == rows ? i : rnd.nextInt(rows);
            residual(vectors, lists, lists.ids[p], listOf[p], unit, residual);
            for (int j = 0; j < m; j++) {
                System.arraycopy(residual, j * dsub, sub[j], i * dsub, dsub);
            }
        }
        float[] codebooks = new float[m * ksub * dsub];
        for (int j = 0; j < m; j++) {
            float[] cb = KMeans.train(sub[j], train, dsub, ksub, false, IvfLists.SEED + 2 + j, Integer.MAX_VALUE);
            System.arraycopy(cb, 0, codebooks, j * ksub * dsub, ksub * dsub);
        }
        byte[] codes = new byte[rows * m * bps];
        for (int p = 0; p < rows; p++) {
            residual(vectors, lists, lists.ids[p], listOf[p], unit, residual);
            for (int j = 0; j < m; j++) {
                int c = KMeans.nearest(residual, j * dsub, dsub, codebooks, j * ksub * dsub, ksub, false);
                int at = (p * m + j) * bps;
                if (bps == 1) {
                    codes[at] = (byte) c;
                } else {
                    codes[at] = (byte) (c >>> 8);
                    codes[at + 1] = (byte) c;
                }
            }
        }
        return new IvfPqIndex(spec, lists, vectors, rows, dim, codebooks, codes);
    }

    /**
     * Per sub-space, centroid-major ({@code (j·ksub + c)·dsub + d}) to dimension-major
     * ({@code (j·dsub + d)·ksub + c}) when {@code toDimensionMajor}, else back.
     */
    private static float[] transpose(float[] in, int m, int ksub, int dsub, boolean toDimensionMajor) {
        float[] out = new float[in.length];
        for (int j = 0; j < m; j++) {
            for (int c = 0; c < ksub; c++) {
                for (int d = 0; d < dsub; d++) {
                    int centroidMajor = (j * ksub + c) * dsub + d;
                    int dimensionMajor = (j * dsub + d) * ksub + c;
                    if (toDimensionMajor) {
                        out[dimensionMajor] = in[centroidMajor];
                    } else {
                        out[centroidMajor] = in[dimensionMajor];
                    }
                }
            }
        }
        return out;
    }

    /** Row {@code r} (a unit vector when {@code unit}) minus the centroid of {@code list}. */
    private static void residual(float[] vectors, IvfLists lists, int r, int list, boolean unit, float[] out) {
        int dim = lists.dim;
        System.arraycopy(vectors, r * dim, out, 0, dim);
        if (unit) {
            KMeans.normalizeRows(out, 1, dim);
        }
        for (int d = 0; d < dim; d++) {
            out[d] -= lists.centroids[list * dim + d];
        }
    }

    static IvfPqIndex read(IndexSpec spec, ByteBuffer in, float[] vectors, int rows, int dim) {
        IvfLists lists = IvfLists.read(spec.metric(), in, rows, dim);
        int m = spec.param("m");
        int nbits = spec.param("nbits");
        float[] codebooks = IvfLists.readFloats(in, (1 << nbits) * dim);
        byte[] codes = IvfLists.readBytes(in, rows * m * (nbits <= 8 ? 1 : 2));
        return new IvfPqIndex(spec, lists, vectors, rows, dim, codebooks, codes);
    }

    @Override
    ListScorer scorer(float[] query) {
        float[] table = new float[m * ksub];
        if (spec.metric() != Metric.L2) {
            fill(table, query);
            return new ListScorer() {
                private float base;

                @Override
                public void enter(int list, float coarseKey) {
                    base = coarseKey; // minus the query's inner product with the centroid
                }

                @Override
                public float key(int p) {
                    return base - lookup(table, p);
                }
            };
        }
        float[] shifted = new float[dim];
        return new ListScorer() {
            @Override
            public void enter(int list, float coarseKey) {
                for (int d = 0; d < dim; d++) {
                    shifted[d] = query[d] - lists.centroids[list * dim + d];
                }
                fill(table, shifted);
            }

            @Override
            public float key(int p) {
                return lookup(table, p);
            }
        };
    }

    /** The sum of the table entries the codes of list position {@code p} select. */
    private float lookup(float[] table, int p) {
        float sum = 0;
        if (codeBytesPerSub == 1) {
            for (int j = 0, at = p * m; j < m; j++) {
                sum += table[j * ksub + (codes[at + j] & 0xff)];
            }
        } else {
            for (int j = 0, at = p * m * 2; j < m; j++) {
                sum += table[j * ksub + ((codes[at + 2 * j] & 0xff) << 8 | (codes[at + 2 * j + 1] & 0xff))];
            }
        }
        return sum;
    }

    /** The ADC table of {@code q}: squared L2 (L2) or inner product (IP, COSINE) per sub-centroid. */
    private void fill(float[] table, float[] q) {
        boolean l2 = spec.metric() == Metric.L2;
        for (int j = 0; j < m; j++) {
            Kernels.pqTable(q, j * dsub, codebooks, j * dsub * ksub, dsub, ksub, l2, table, j * ksub);
        }
    }

    @Override
    int fieldBytes() {
        return 4 * 4 + 2 * (int) RamUsage.REFERENCE_BYTES;
    }

    @Override
    long codeBytes() {
        return RamUsage.array(4, codebooks.length) + RamUsage.array(1, codes.length);
    }

    @Override
    void writeCodes(DataOutput out) throws IOException {
        IvfLists.writeFloats(out, transpose(codebooks, m, ksub, dsub, false));
        out.write(codes);
    }
}
