package io.partita.server.search;

import io.partita.server.memory.RamUsage;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.Random;

/**
 * BIN_IVF_FLAT: {@code nlist} binary centroids trained by k-means in Hamming space (assign by
 * Hamming distance, then each centroid bit is the majority bit of its members, as faiss's
 * IndexBinaryIVF trains on the bits as floats and thresholds at one half) on a seeded sample of at
 * most {@link IvfLists#POINTS_PER_CENTROID} rows per centroid; per list the segment rows assigned
 * to it. A search probes the {@code nprobe} lists nearest to the query by Hamming distance and
 * compares their rows exactly with the index's metric (HAMMING or JACCARD, Milvus's BinIvfMetrics)
 * over the segment's own vectors, which stay the segment's: the index holds the centroids, the
 * list offsets and the row numbers. Small and heavily filtered segments are scanned exactly, as
 * the float IVF family does ({@link IvfIndex}).
 */
final class BinIvfIndex implements VectorIndex {
    private static final int ITERATIONS = 10;

    private final IndexSpec spec;
    private final byte[] vectors;
    private final int rows;
    private final int rowBytes;
    private final int nlist;
    private final byte[] centroids;
    /** {@code nlist + 1} starts into {@link #ids}. */
    private final int[] offsets;
    /** Row numbers in list order. */
    private final int[] ids;

    private final BinFlatIndex exact;

    private BinIvfIndex(IndexSpec spec, byte[] vectors, int rows, int dim, byte[] centroids, int[] offsets, int[] ids) {
        this.spec = spec;
        this.vectors = vectors;
        this.rows = rows;
        this.rowBytes = dim / 8;
        this.nlist = offsets.length - 1;
        this.centroids = centroids;
        this.offsets = offsets;
        this.ids = ids;
        this.exact = new BinFlatIndex(spec, vectors, rows, dim);
    }

    static BinIvfIndex build(IndexSpec spec, byte[] vectors, int rows, int dim) {
        int n = dim / 8;
        int k = Math.max(1, Math.min(spec.param("nlist"), rows));
        byte[] centroids = train(vectors, rows, n, k);
        int[] labels = new int[rows];
        for (int r = 0; r < rows; r++) {
            labels[r] = nearest(vectors, r * n, centroids, k, n);
        }
        int[] offsets = new int[k + 1];
        for (int label : labels) {
            offsets[label + 1]++;
        }
        for (int l = 0; l < k; l++) {
            offsets[l + 1] += offsets[l];
        }
        int[] fill = Arrays.copyOf(offsets, k);
        int[] ids = new int[rows];
        for (int r = 0; r < rows; r++) {
            ids[fill[labels[r]]++] = r;
        }
        return new BinIvfIndex(spec, vectors, rows, dim, centroids, offsets, ids);
    }

    /** k-means in Hamming space on a seeded sample; an emptied centroid keeps its bits. */
    private static byte[] train(byte[] vectors, int rows, int n, int k) {
        Random rnd = new Random(IvfLists.SEED);
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        int sample = (int) Math.min(rows, (long) k * IvfLists.POINTS_PER_CENTROID);
        for (int i = 0; i < sample; i++) { // a partial Fisher-Yates shuffle picks the sample
            int j = i + rnd.nextInt(rows - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        byte[] centroids = new byte[k * n];
        for (int c = 0; c < k; c++) {
            System.arraycopy(vectors, order[c] * n, centroids, c * n, n);
        }
        int[] labels = new int[sample];
        int[] ones = new int[k * n * 8];
        int[] members = new int[k];
        for (int it = 0; it < ITERATIONS; it++) {
            Arrays.fill(ones, 0);
            Arrays.fill(members, 0);
            boolean moved = it == 0;
            for (int i = 0; i < sample; i++) {
                int o = order[i] * n;
                int c = nearest(vectors, o, centroids, k, n);
                moved |= c != labels[i];
                labels[i] = c;
                members[c]++;
                int base = c * n * 8;
                for (int b = 0; b < n; b++) {
                    int v = vectors[o + b] & 0xff;
                    while (v != 0) {
                        ones[base + b * 8 + Integer.numberOfTrailingZeros(v)]++;
                        v &= v - 1;
                    }
                }
            }
            if (!moved) {
                break;
            }
            for (int c = 0; c < k; c++) {
                if (members[c] == 0) {
                    continue;
                }
                for (int b = 0; b < n; b++) {
                    int v = 0;
                    for (int bit = 0; bit < 8; bit++) {
                        if (2 * ones[(c * n + b) * 8 + bit] > members[c]) {
                            v |= 1 << bit;
                        }
                    }
                    centroids[c * n + b] = (byte) v;
                }
            }
        }
        return centroids;
    }

    private static int nearest(byte[] vectors, int o, byte[] centroids, int k, int n) {
        int best = 0;
        int bestD = Integer.MAX_VALUE;
        for (int c = 0; c < k; c++) {
            int d = BinaryKernel.hamming(vectors, o, centroids, c * n, n);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best;
    }

    static BinIvfIndex read(IndexSpec spec, ByteBuffer in, byte[] vectors, int rows, int dim) {
        int k = in.getInt();
        if (k < 1 || k > Math.max(1, rows)) {
            throw new IllegalStateException("nlist " + k + " for " + rows + " rows");
        }
        byte[] centroids = IvfLists.readBytes(in, k * (dim / 8));
        int[] offsets = IvfLists.readInts(in, k + 1);
        int[] ids = IvfLists.readInts(in, rows);
        return new BinIvfIndex(spec, vectors, rows, dim, centroids, offsets, ids);
    }

    @Override
    public IndexSpec spec() {
        return spec;
    }

    @Override
    public int size() {
        return rows;
    }

    @Override
    public TopK[] search(float[] queries, int topK, Map<String, String> searchParams, BitSet excluded) {
        throw new UnsupportedOperationException("BIN_IVF_FLAT searches binary vectors");
    }

    @Override
    public TopK[] searchBinary(byte[] queries, int topK, Map<String, String> searchParams, BitSet excluded) {
        int nprobe = IndexSpec.searchParam(searchParams, "nprobe", IvfIndex.DEFAULT_NPROBE, 1, IvfIndex.MAX_NPROBE);
        int live = rows - (excluded == null ? 0 : excluded.cardinality());
        if (rows < IvfIndex.MIN_ROWS_TO_PARTITION || live < rows * HnswIndex.EXACT_BELOW_LIVE) {
            return exact.searchBinary(queries, topK, searchParams, excluded);
        }
        Metric metric = spec.metric();
        int nq = queries.length / rowBytes;
        TopK[] out = new TopK[nq];
        for (int q = 0; q < nq; q++) {
            int qo = q * rowBytes;
            TopK probe = new TopK(Math.min(nprobe, nlist));
            for (int l = 0; l < nlist; l++) {
                float d = BinaryKernel.hamming(queries, qo, centroids, l * rowBytes, rowBytes);
                if (d <= probe.threshold()) {
                    probe.offer(d, l);
                }
            }
            float[] keys = new float[probe.size()];
            long[] lists = new long[probe.size()];
            probe.drainSorted(keys, lists);
            TopK heap = new TopK(topK);
            for (long list : lists) {
                for (int p = offsets[(int) list], end = offsets[(int) list + 1]; p < end; p++) {
                    int r = ids[p];
                    if (excluded != null && excluded.get(r)) {
                        continue;
                    }
                    float key = BinaryKernel.key(metric, queries, qo, vectors, r * rowBytes, rowBytes);
                    if (key <= heap.threshold()) {
                        heap.offer(key, r);
                    }
                }
            }
            out[q] = heap;
        }
        return out;
    }

    @Override
    public long ramBytesUsed() {
        // this object: header, six references (spec, vectors, centroids, offsets, ids, exact), three ints
        return RamUsage.align(RamUsage.OBJECT_HEADER_BYTES + 6 * RamUsage.REFERENCE_BYTES + 3 * 4)
                + BinFlatIndex.SHALLOW_BYTES
                + RamUsage.array(1, centroids.length)
                + RamUsage.array(4, offsets.length)
                + RamUsage.array(4, ids.length);
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(nlist);
        out.write(centroids);
        IvfLists.writeInts(out, offsets);
        IvfLists.writeInts(out, ids);
    }
}
