package io.partita.server.search;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.IntConsumer;

/**
 * The index factory: one {@link Kind} per index type, chosen by {@link IndexSpec#type()}.
 * Adding an index type means one implementation of {@link VectorIndex} and one entry here.
 */
public final class VectorIndexes {
    /** How to build and read one index type. */
    record Kind(PooledBuilder builder, Reader reader) {}

    private static final Map<String, Kind> KINDS = Map.of(
            IndexSpec.FLAT,
            kind(
                    (s, v, rows, dim) -> new FlatIndex(s, v, rows, dim),
                    (s, p, v, rows, dim) -> new FlatIndex(s, v, rows, dim)),
            IndexSpec.HNSW,
            pooled(HnswIndex::build, HnswIndex::read),
            IndexSpec.IVF_FLAT,
            kind(IvfFlatIndex::build, IvfFlatIndex::read),
            IndexSpec.IVF_SQ8,
            kind(IvfSq8Index::build, IvfSq8Index::read),
            IndexSpec.IVF_PQ,
            kind(IvfPqIndex::build, IvfPqIndex::read));

    /** Builds without progress reports (an IVF build reports once, at the end) or a pool. */
    interface Builder {
        VectorIndex build(IndexSpec spec, float[] vectors, int rows, int dim);
    }

    /** Builds with progress reports and a pool for the parallel part. */
    interface PooledBuilder {
        VectorIndex build(
                IndexSpec spec,
                float[] vectors,
                int rows,
                int dim,
                IntConsumer progress,
                ExecutorService pool,
                int threads);
    }

    interface Reader {
        VectorIndex read(IndexSpec spec, ByteBuffer payload, float[] vectors, int rows, int dim);
    }

    private static Kind pooled(PooledBuilder builder, Reader reader) {
        return new Kind(builder, reader);
    }

    private static Kind kind(Builder builder, Reader reader) {
        return pooled(
                (s, v, rows, dim, progress, pool, threads) -> {
                    VectorIndex index = builder.build(s, v, rows, dim);
                    progress.accept(rows);
                    return index;
                },
                reader);
    }

    private VectorIndexes() {}

    /** True when {@code spec}'s type has a structure to build (FLAT has none). */
    public static boolean builds(IndexSpec spec) {
        return spec.needsBuild() && KINDS.containsKey(spec.type());
    }

    /** The exact scan over a segment's vectors (nothing to build). */
    public static FlatIndex flat(IndexSpec spec, float[] vectors, int rows, int dim) {
        return new FlatIndex(spec, vectors, rows, dim);
    }

    /**
     * Builds {@code spec}'s index over {@code rows × dim} vectors (not copied).
     *
     * @param progress receives the rows done so far, now and then
     */
    public static VectorIndex build(IndexSpec spec, float[] vectors, int rows, int dim, IntConsumer progress) {
        return build(spec, vectors, rows, dim, progress, null, 1);
    }

    /**
     * As {@link #build(IndexSpec, float[], int, int, IntConsumer)}, with the parallel part of the
     * build (HNSW's per-batch searches) on {@code threads} tasks of {@code pool} (not owned; null
     * builds on the calling thread). The index is the same whatever the pool and thread count.
     */
    public static VectorIndex build(
            IndexSpec spec,
            float[] vectors,
            int rows,
            int dim,
            IntConsumer progress,
            ExecutorService pool,
            int threads) {
        return kind(spec).builder().build(spec, vectors, rows, dim, progress, pool, threads);
    }

    static VectorIndex read(IndexSpec spec, ByteBuffer payload, float[] vectors, int rows, int dim) {
        return kind(spec).reader().read(spec, payload, vectors, rows, dim);
    }

    private static Kind kind(IndexSpec spec) {
        Kind k = KINDS.get(spec.type());
        if (k == null) {
            throw new IllegalArgumentException("no implementation for index type " + spec.type());
        }
        return k;
    }
}
