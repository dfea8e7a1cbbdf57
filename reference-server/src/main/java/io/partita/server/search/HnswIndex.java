package io.partita.server.search;

import io.partita.server.memory.RamUsage;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * HNSW over one segment's vectors: build parameters {@code M} and {@code efConstruction},
 * search parameter {@code ef} (default {@code max(topK, 16)}; Milvus/knowhere refuse
 * {@code ef < topK}). A search whose filter excludes more than {@link #EXACT_BELOW_LIVE} of
 * the rows runs the exact scan instead (a graph walk would visit almost everything anyway).
 */
public final class HnswIndex implements VectorIndex {
    /** Below this fraction of live rows, a search scans exactly. */
    static final double EXACT_BELOW_LIVE = 0.1;

    private final IndexSpec spec;
    private final HnswGraph graph;
    private final VectorScorer scorer;
    private final FlatIndex exact;

    private HnswIndex(IndexSpec spec, HnswGraph graph, VectorScorer scorer, int rows) {
        this.spec = spec;
        this.graph = graph;
        this.scorer = scorer;
        this.exact = new FlatIndex(spec, scorer.vectors, rows, scorer.dim);
    }

    /** Builds over {@code rows × dim} vectors; the search phase of each batch runs on {@code pool} (may be null). */
    static HnswIndex build(
            IndexSpec spec,
            float[] vectors,
            int rows,
            int dim,
            IntConsumer progress,
            java.util.concurrent.ExecutorService pool,
            int threads) {
        VectorScorer scorer = new VectorScorer(spec.metric(), vectors, rows, dim);
        HnswGraph g = new HnswBuilder(scorer, rows, spec.param("M"), spec.param("efConstruction"), pool, threads)
                .build(progress);
        return new HnswIndex(spec, g, scorer, rows);
    }

    static HnswIndex read(IndexSpec spec, ByteBuffer in, float[] vectors, int rows, int dim) {
        int m = in.getInt();
        int entry = in.getInt();
        int maxLevel = in.getInt();
        byte[] levels = new byte[rows];
        in.get(levels);
        int[] level0 = new int[rows * (2 * m + 1)];
        in.asIntBuffer().get(level0);
        in.position(in.position() + level0.length * 4);
        int[][] upper = new int[rows][];
        for (int r = 0; r < rows; r++) {
            if (levels[r] > 0) {
                upper[r] = new int[levels[r] * (m + 1)];
                in.asIntBuffer().get(upper[r]);
                in.position(in.position() + upper[r].length * 4);
            }
        }
        HnswGraph g = new HnswGraph(rows, m, levels, level0, upper);
        g.entry = entry;
        g.maxLevel = maxLevel;
        return new HnswIndex(spec, g, new VectorScorer(spec.metric(), vectors, rows, dim), rows);
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(graph.m);
        out.writeInt(graph.entry);
        out.writeInt(graph.maxLevel);
        out.write(graph.levels);
        for (int v : graph.level0) {
            out.writeInt(v);
        }
        for (int[] u : graph.upper) {
            if (u != null) {
                for (int v : u) {
                    out.writeInt(v);
                }
            }
        }
    }

    @Override
    public IndexSpec spec() {
        return spec;
    }

    @Override
    public int size() {
        return graph.rows;
    }

    @Override
    public TopK[] search(float[] queries, int topK, Map<String, String> searchParams, BitSet excluded) {
        int ef = IndexSpec.searchParam(searchParams, "ef", Math.max(topK, 16), 1, Integer.MAX_VALUE);
        if (ef < topK) {
            // knowhere's HNSW config check (milvus-io/knowhere, src/index/hnsw): ef must be >= k
            throw new IllegalArgumentException("ef(" + ef + ") should be larger than k(" + topK + ")");
        }
        int live = graph.rows - (excluded == null ? 0 : excluded.cardinality());
        if (graph.entry < 0 || live < graph.rows * EXACT_BELOW_LIVE) {
            return exact.search(queries, topK, searchParams, excluded);
        }
        int dim = scorer.dim;
        int nq = queries.length / dim;
        TopK[] out = new TopK[nq];
        HnswSearch s = HnswSearch.forThread();
        for (int q = 0; q < nq; q++) {
            int qo = q * dim;
            float qNorm = scorer.queryNorm(queries, qo);
            int start = s.descend(graph, scorer, queries, qo, qNorm, 0);
            s.searchLayer(graph, scorer, queries, qo, qNorm, start, ef, 0, excluded);
            TopK heap = new TopK(topK);
            while (!s.results.isEmpty()) {
                float k = s.results.topKey();
                heap.offer(k, s.results.pop());
            }
            out[q] = heap;
        }
        return out;
    }

    @Override
    public long ramBytesUsed() {
        long own = RamUsage.align(RamUsage.OBJECT_HEADER_BYTES + 4 * RamUsage.REFERENCE_BYTES)
                + RamUsage.align(RamUsage.OBJECT_HEADER_BYTES + 3 * RamUsage.REFERENCE_BYTES + 4)
                + FlatIndex.SHALLOW_BYTES;
        long norms = scorer.norms == null ? 0 : RamUsage.array(4, scorer.norms.length);
        return own + graph.ramBytesUsed() + norms;
    }
}
