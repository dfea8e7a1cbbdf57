package io.partita.server.search;

import io.partita.server.memory.RamUsage;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;

/**
 * DISKANN: a graph index whose full vectors and adjacency lists stay in the index file, read
 * through its mapping at search time, while only product-quantization codes live on the heap (and
 * are all that {@link #ramBytesUsed()} charges, with the codebooks). The graph is the bottom layer
 * of an HNSW build ({@link HnswBuilder}) with {@link #MAX_DEGREE} neighbours a node (Milvus's
 * {@code DiskIndex.MaxDegree} default 56) and {@link #BUILD_LIST} candidates while building
 * ({@code DiskIndex.SearchListSize} default 100): level 0 of HNSW is a navigable graph of the same
 * kind as Vamana's, pruned by the same relative-neighbourhood rule. The PQ codes take {@code dim / 2}
 * bytes a row (two dimensions a sub-quantizer, 256 centroids each), an eighth of the raw vectors as
 * Milvus's {@code DiskIndex.PQCodeBudgetGBRatio} default 0.125 budgets them.
 *
 * <p>A search walks the graph from the medoid keeping the {@code search_list} best candidates by
 * their PQ distance, reads each expanded node's record (vector and neighbours) from the file, and
 * ranks the expanded nodes by their exact distance, as DiskANN re-ranks with full-precision
 * vectors. {@code search_list} is checked with Milvus's rules and texts (segcore
 * VectorDiskIndex.cpp): at least topK, at most max(topK·10, 200) and 65535; absent, it is
 * max(topK, 16). COSINE keeps unit vectors in the file and scores by inner product.
 *
 * <p>File records (after the codes): per row {@code dim} floats, the neighbour count, and
 * {@link #MAX_DEGREE} neighbour slots.
 */
final class DiskAnnIndex implements VectorIndex {
    static final int MAX_DEGREE = 56;
    static final int BUILD_LIST = 100;
    private static final int CENTROIDS = 256;
    private static final int TRAIN_PER_CENTROID = 32;
    private static final long SEED = 0xD15CL;

    /** Heap bytes charged for the two views over the mapped records (buffer objects, not their bytes). */
    static final long VIEW_BYTES = 2 * 64;

    private final IndexSpec spec;
    private final int rows;
    private final int dim;
    private final int m;
    private final int sub;
    private final int medoid;
    /** {@code m × CENTROIDS × sub} floats: subspace-major. */
    private final float[] codebooks;
    /** {@code rows × m} codes. */
    private final byte[] codes;
    /** The records, mapped from the file (or, right after a build, on the heap until written). */
    private final ByteBuffer records;

    private final FloatBuffer recordFloats;
    private final IntBuffer recordInts;
    private final int recordInts4;

    private DiskAnnIndex(
            IndexSpec spec, int rows, int dim, int medoid, float[] codebooks, byte[] codes, ByteBuffer records) {
        this.spec = spec;
        this.rows = rows;
        this.dim = dim;
        this.m = subquantizers(dim);
        this.sub = dim / m;
        this.medoid = medoid;
        this.codebooks = codebooks;
        this.codes = codes;
        this.records = records;
        this.recordFloats = records.asFloatBuffer();
        this.recordInts = records.asIntBuffer();
        this.recordInts4 = dim + 1 + MAX_DEGREE;
    }

    /** Sub-quantizers: two dimensions each when dim is even, else one. */
    static int subquantizers(int dim) {
        return dim % 2 == 0 ? dim / 2 : dim;
    }

    static DiskAnnIndex build(
            IndexSpec spec,
            float[] vectors,
            int rows,
            int dim,
            java.util.function.IntConsumer progress,
            java.util.concurrent.ExecutorService pool,
            int threads) {
        boolean cosine = spec.metric() == Metric.COSINE;
        float[] v = vectors;
        if (cosine) {
            v = Arrays.copyOf(vectors, rows * dim);
            KMeans.normalizeRows(v, rows, dim);
        }
        Metric graphMetric = cosine ? Metric.IP : spec.metric();
        VectorScorer scorer = new VectorScorer(graphMetric, v, rows, dim);
        HnswGraph g = new HnswBuilder(scorer, rows, MAX_DEGREE / 2, BUILD_LIST, pool, threads).build(progress);
        int medoid = medoid(v, rows, dim);
        int m = subquantizers(dim);
        int sub = dim / m;
        int k = Math.min(CENTROIDS, Math.max(1, rows));
        float[] codebooks = new float[m * CENTROIDS * sub];
        byte[] codes = new byte[rows * m];
        float[] part = new float[rows * sub];
        for (int j = 0; j < m; j++) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(v, r * dim + j * sub, part, r * sub, sub);
            }
            float[] c = KMeans.train(part, rows, sub, k, false, SEED + j, TRAIN_PER_CENTROID);
            System.arraycopy(c, 0, codebooks, j * CENTROIDS * sub, k * sub);
            for (int r = 0; r < rows; r++) {
                codes[r * m + j] = (byte) KMeans.nearest(part, r * sub, sub, c, k, false);
            }
        }
        int recordBytes = 4 * (dim + 1 + MAX_DEGREE);
        ByteBuffer rec = ByteBuffer.allocate(rows * recordBytes);
        for (int r = 0; r < rows; r++) {
            int o = r * recordBytes;
            for (int d = 0; d < dim; d++) {
                rec.putFloat(o + 4 * d, v[r * dim + d]);
            }
            int base = g.base(r, 0);
            int count = Math.min(g.level0[base], MAX_DEGREE);
            rec.putInt(o + 4 * dim, count);
            for (int i = 0; i < count; i++) {
                rec.putInt(o + 4 * (dim + 1 + i), g.level0[base + 1 + i]);
            }
        }
        return new DiskAnnIndex(spec, rows, dim, medoid, codebooks, codes, rec);
    }

    /** The row nearest the mean, where every search starts. */
    private static int medoid(float[] v, int rows, int dim) {
        float[] mean = new float[dim];
        for (int r = 0; r < rows; r++) {
            for (int d = 0; d < dim; d++) {
                mean[d] += v[r * dim + d] / rows;
            }
        }
        int best = 0;
        float bestD = Float.POSITIVE_INFINITY;
        for (int r = 0; r < rows; r++) {
            float d = Kernels.l2(mean, 0, v, r * dim, dim);
            if (d < bestD) {
                bestD = d;
                best = r;
            }
        }
        return best;
    }

    static DiskAnnIndex read(IndexSpec spec, ByteBuffer in, float[] vectorsUnused, int rows, int dim) {
        int medoid = in.getInt();
        int m = subquantizers(dim);
        float[] codebooks = IvfLists.readFloats(in, m * CENTROIDS * (dim / m));
        byte[] codes = IvfLists.readBytes(in, rows * m);
        ByteBuffer rec = in.slice().limit(rows * 4 * (dim + 1 + MAX_DEGREE));
        if (medoid < 0 || medoid >= Math.max(1, rows)) {
            throw new IllegalStateException("medoid " + medoid + " for " + rows + " rows");
        }
        return new DiskAnnIndex(spec, rows, dim, medoid, codebooks, codes, rec);
    }

    @Override
    public IndexSpec spec() {
        return spec;
    }

    @Override
    public int size() {
        return rows;
    }

    /** Milvus's search_list rules (segcore VectorDiskIndex.cpp), as IllegalArgumentException. */
    static int searchList(Map<String, String> params, int topK) {
        int list = IndexSpec.searchParam(params, "search_list", Math.max(topK, 16), 1, Integer.MAX_VALUE);
        if (list < topK) {
            throw new IllegalArgumentException("search_list should be greater than or equal to topk");
        }
        if (list > Math.max(topK * 10, 200) || list > 65535) {
            throw new IllegalArgumentException("search_list should be less than max(topk*10, 200) and less than 65535");
        }
        return list;
    }

    @Override
    public TopK[] search(float[] queries, int topK, Map<String, String> searchParams, BitSet excluded) {
        int list = searchList(searchParams, topK);
        int nq = queries.length / dim;
        int live = rows - (excluded == null ? 0 : excluded.cardinality());
        boolean exact = rows < IvfIndex.MIN_ROWS_TO_PARTITION || live < rows * HnswIndex.EXACT_BELOW_LIVE;
        TopK[] out = new TopK[nq];
        float[] x = new float[dim];
        for (int q = 0; q < nq; q++) {
            float[] query = Arrays.copyOfRange(queries, q * dim, (q + 1) * dim);
            if (spec.metric() == Metric.COSINE) {
                KMeans.normalizeRows(query, 1, dim);
            }
            out[q] = exact ? scanAll(query, topK, excluded, x) : walk(query, topK, list, excluded, x);
        }
        return out;
    }

    private float exactKey(float[] query, int row, float[] x) {
        recordFloats.get(row * recordInts4, x);
        return spec.metric() == Metric.L2 ? Kernels.l2(query, 0, x, 0, dim) : -Kernels.dot(query, 0, x, 0, dim);
    }

    private TopK scanAll(float[] query, int topK, BitSet excluded, float[] x) {
        TopK heap = new TopK(topK);
        for (int r = 0; r < rows; r++) {
            if (excluded == null || !excluded.get(r)) {
                heap.offer(exactKey(query, r, x), r);
            }
        }
        return heap;
    }

    /** The per-query table: for subspace j and centroid c, the key of the query's part to it. */
    private float[] table(float[] query) {
        float[] t = new float[m * CENTROIDS];
        boolean l2 = spec.metric() == Metric.L2;
        for (int j = 0; j < m; j++) {
            for (int c = 0; c < CENTROIDS; c++) {
                int co = (j * CENTROIDS + c) * sub;
                t[j * CENTROIDS + c] = l2
                        ? Kernels.l2(query, j * sub, codebooks, co, sub)
                        : -Kernels.dot(query, j * sub, codebooks, co, sub);
            }
        }
        return t;
    }

    private float pqKey(float[] table, int row) {
        float s = 0;
        int o = row * m;
        for (int j = 0; j < m; j++) {
            s += table[j * CENTROIDS + (codes[o + j] & 0xff)];
        }
        return s;
    }

    private TopK walk(float[] query, int topK, int list, BitSet excluded, float[] x) {
        float[] table = table(query);
        float[] keys = new float[list + 1];
        int[] ids = new int[list + 1];
        boolean[] expanded = new boolean[list + 1];
        BitSet visited = new BitSet(rows);
        int size = 1;
        keys[0] = pqKey(table, medoid);
        ids[0] = medoid;
        visited.set(medoid);
        TopK result = new TopK(topK);
        int[] nbrs = new int[MAX_DEGREE];
        while (true) {
            int next = -1;
            for (int i = 0; i < size; i++) {
                if (!expanded[i]) {
                    next = i;
                    break;
                }
            }
            if (next < 0) {
                break;
            }
            expanded[next] = true;
            int node = ids[next];
            if (excluded == null || !excluded.get(node)) {
                result.offer(exactKey(query, node, x), node);
            }
            int base = node * recordInts4 + dim;
            int degree = recordInts.get(base);
            recordInts.get(base + 1, nbrs, 0, degree);
            for (int i = 0; i < degree; i++) {
                int nb = nbrs[i];
                if (visited.get(nb)) {
                    continue;
                }
                visited.set(nb);
                float k = pqKey(table, nb);
                if (size == list && k >= keys[size - 1]) {
                    continue;
                }
                int at = size == list ? size - 1 : size++;
                while (at > 0 && keys[at - 1] > k) {
                    keys[at] = keys[at - 1];
                    ids[at] = ids[at - 1];
                    expanded[at] = expanded[at - 1];
                    at--;
                }
                keys[at] = k;
                ids[at] = nb;
                expanded[at] = false;
            }
        }
        return result;
    }

    @Override
    public long ramBytesUsed() {
        // this object: header, six references, five ints; the two record views; codebooks and codes
        return RamUsage.align(RamUsage.OBJECT_HEADER_BYTES + 6 * RamUsage.REFERENCE_BYTES + 6 * 4)
                + VIEW_BYTES
                + RamUsage.array(4, codebooks.length)
                + RamUsage.array(1, codes.length);
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(medoid);
        IvfLists.writeFloats(out, codebooks);
        out.write(codes);
        ByteBuffer r = records.duplicate().position(0);
        byte[] chunk = new byte[1 << 16];
        while (r.hasRemaining()) {
            int n = Math.min(chunk.length, r.remaining());
            r.get(chunk, 0, n);
            out.write(chunk, 0, n);
        }
    }
}
