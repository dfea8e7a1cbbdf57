package io.partita.server.search;

import io.partita.server.memory.RamUsage;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The coarse quantizer and inverted lists every IVF index shares: {@code nlist} k-means
 * centroids and, per list, the segment rows assigned to it. Rows are kept in list order in
 * one {@code int[]} ({@link #ids}) with {@link #offsets} marking where each list starts, so an
 * index's per-row codes can be laid out in the same order. COSINE clusters unit vectors and
 * assigns by inner product (spherical k-means); IP assigns by inner product, L2 by distance.
 */
final class IvfLists {
    /** Training sample per centroid, as faiss caps it (max_points_per_centroid). */
    static final int POINTS_PER_CENTROID = 256;

    static final long SEED = 0x1F5EEDL;

    final Metric metric;
    final int dim;
    final int nlist;
    final float[] centroids;
    /** {@code nlist + 1} starts into {@link #ids}. */
    final int[] offsets;
    /** Row numbers in list order. */
    final int[] ids;

    private IvfLists(Metric metric, int dim, int nlist, float[] centroids, int[] offsets, int[] ids) {
        this.metric = metric;
        this.dim = dim;
        this.nlist = nlist;
        this.centroids = centroids;
        this.offsets = offsets;
        this.ids = ids;
    }

    /**
     * Clusters {@code rows} vectors into {@code min(nlist, rows)} lists (a segment smaller than
     * {@code nlist} gets one list per row, as a tiny segment has nothing to partition).
     */
    static IvfLists build(Metric metric, float[] vectors, int rows, int dim, int nlist) {
        int k = Math.max(1, Math.min(nlist, rows));
        boolean ip = metric != Metric.L2;
        float[] centroids = KMeans.train(vectors, rows, dim, k, ip, SEED, POINTS_PER_CENTROID);
        int[] labels = new int[rows];
        KMeans.assign(vectors, rows, dim, centroids, k, ip, labels);
        int[] offsets = new int[k + 1];
        for (int label : labels) {
            offsets[label + 1]++;
        }
        for (int l = 0; l < k; l++) {
            offsets[l + 1] += offsets[l];
        }
        int[] fill = java.util.Arrays.copyOf(offsets, k);
        int[] ids = new int[rows];
        for (int r = 0; r < rows; r++) {
            ids[fill[labels[r]]++] = r;
        }
        return new IvfLists(metric, dim, k, centroids, offsets, ids);
    }

    /**
     * The {@code nprobe} lists nearest to the query at {@code q[qo..]}, nearest first; their
     * coarse keys (L2 distance, or minus the inner product) go to {@code keysOut}.
     */
    int[] probe(float[] q, int qo, int nprobe, float[] keysOut) {
        int n = Math.min(nprobe, nlist);
        TopK best = new TopK(n);
        for (int l = 0; l < nlist; l++) {
            float key = metric == Metric.L2
                    ? Kernels.l2(q, qo, centroids, l * dim, dim)
                    : -Kernels.dot(q, qo, centroids, l * dim, dim);
            if (key <= best.threshold()) {
                best.offer(key, l);
            }
        }
        long[] refs = new long[best.size()];
        best.drainSorted(keysOut, refs);
        int[] lists = new int[refs.length];
        for (int i = 0; i < lists.length; i++) {
            lists[i] = (int) refs[i];
        }
        return lists;
    }

    long ramBytesUsed() {
        return RamUsage.align(RamUsage.OBJECT_HEADER_BYTES + 4 * RamUsage.REFERENCE_BYTES + 2 * 4)
                + RamUsage.array(4, centroids.length)
                + RamUsage.array(4, offsets.length)
                + RamUsage.array(4, ids.length);
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeInt(nlist);
        writeFloats(out, centroids);
        writeInts(out, offsets);
        writeInts(out, ids);
    }

    static IvfLists read(Metric metric, ByteBuffer in, int rows, int dim) {
        int nlist = in.getInt();
        if (nlist < 1 || nlist > Math.max(1, rows)) {
            throw new IllegalStateException("nlist " + nlist + " for " + rows + " rows");
        }
        float[] centroids = readFloats(in, nlist * dim);
        int[] offsets = readInts(in, nlist + 1);
        int[] ids = readInts(in, rows);
        return new IvfLists(metric, dim, nlist, centroids, offsets, ids);
    }

    static void writeFloats(DataOutput out, float[] v) throws IOException {
        for (float f : v) {
            out.writeFloat(f);
        }
    }

    static void writeInts(DataOutput out, int[] v) throws IOException {
        for (int i : v) {
            out.writeInt(i);
        }
    }

    static float[] readFloats(ByteBuffer in, int n) {
        float[] v = new float[n];
        in.asFloatBuffer().get(v);
        in.position(in.position() + 4 * n);
        return v;
    }

    static int[] readInts(ByteBuffer in, int n) {
        int[] v = new int[n];
        in.asIntBuffer().get(v);
        in.position(in.position() + 4 * n);
        return v;
    }

    static byte[] readBytes(ByteBuffer in, int n) {
        byte[] v = new byte[n];
        in.get(v);
        return v;
    }
}
