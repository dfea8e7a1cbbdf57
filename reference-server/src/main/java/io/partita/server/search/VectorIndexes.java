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
            kind(IvfPqIndex::build, IvfPqIndex::read),
            IndexSpec.DISKANN,
            pooled(DiskAnnIndex::build, DiskAnnIndex::read));

    /** Binary index types (BIN_IVF_FLAT): how to build and read one over a segment's {@code byte[]}. */
    record BinaryKind(BinaryBuilder builder, BinaryReader reader) {}

    interface BinaryBuilder {
        VectorIndex build(IndexSpec spec, byte[] vectors, int rows, int dim);
    }

    interface BinaryReader {
        VectorIndex read(IndexSpec spec, ByteBuffer payload, byte[] vectors, int rows, int dim);
    }

    private static final Map<String, BinaryKind> BINARY_KINDS = Map.of(
            IndexSpec.BIN_FLAT,
            new BinaryKind(
                    (s, v, rows, dim) -> new BinFlatIndex(s, v, rows, dim),
                    (s, p, v, rows, dim) -> new BinFlatIndex(s, v, rows, dim)),
            IndexSpec.BIN_IVF_FLAT,
            new BinaryKind(BinIvfIndex::build, BinIvfIndex::read));

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
        return spec.needsBuild()
                && (KINDS.containsKey(spec.type()) || BINARY_KINDS.containsKey(spec.type()) || sparse(spec.type()));
    }

    /** True for the index types of sparse rows (SPARSE_INVERTED_INDEX, SPARSE_WAND: the same postings). */
    public static boolean sparse(String type) {
        return type.equals(IndexSpec.SPARSE_INVERTED_INDEX) || type.equals(IndexSpec.SPARSE_WAND);
    }

    /** Builds the postings of a segment's sparse rows ({@link SparseInvertedIndex}). */
    public static VectorIndex buildSparse(IndexSpec spec, byte[][] rows) {
        return SparseInvertedIndex.build(spec, rows);
    }

    static VectorIndex readSparse(IndexSpec spec, ByteBuffer payload, int rows) {
        return SparseInvertedIndex.read(spec, payload, rows);
    }

    /**
     * True when {@code spec}'s index reads its vectors from its own file (DISKANN): a loaded one is
     * always read back from the file (never the heap copy a build made), and it needs no resident
     * vectors of the segment, so it serves memory-mapped fields too.
     */
    public static boolean diskResident(IndexSpec spec) {
        return spec.type().equals(IndexSpec.DISKANN);
    }

    /** True for the index types of binary vectors (BIN_FLAT, BIN_IVF_FLAT). */
    public static boolean binary(IndexSpec spec) {
        return BINARY_KINDS.containsKey(spec.type());
    }

    /** The exact scan over a segment's binary vectors (nothing to build). */
    public static VectorIndex binaryFlat(IndexSpec spec, byte[] vectors, int rows, int dim) {
        return new BinFlatIndex(spec, vectors, rows, dim);
    }

    /** Builds {@code spec}'s binary index over {@code rows} vectors of {@code dim} bits (not copied). */
    public static VectorIndex buildBinary(IndexSpec spec, byte[] vectors, int rows, int dim) {
        return binaryKind(spec).builder().build(spec, vectors, rows, dim);
    }

    static VectorIndex readBinary(IndexSpec spec, ByteBuffer payload, byte[] vectors, int rows, int dim) {
        return binaryKind(spec).reader().read(spec, payload, vectors, rows, dim);
    }

    private static BinaryKind binaryKind(IndexSpec spec) {
        BinaryKind k = BINARY_KINDS.get(spec.type());
        if (k == null) {
            throw new IllegalArgumentException("no binary implementation for index type " + spec.type());
        }
        return k;
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

    // ---- nullable vector fields: indexes over the valid rows only ----------------------------

    /**
     * As {@link #build(IndexSpec, float[], int, int, IntConsumer, ExecutorService, int)} for a
     * column with a validity mask ({@code valid}, null = every row valid): the null rows (zero
     * placeholders) are left out of the build and can never be answered, as Milvus 2.6 builds
     * over a nullable vector field's valid rows only.
     */
    public static VectorIndex build(
            IndexSpec spec,
            float[] vectors,
            boolean[] valid,
            int rows,
            int dim,
            IntConsumer progress,
            ExecutorService pool,
            int threads) {
        int[] rowOf = ValidRowsIndex.validRows(valid);
        if (rowOf == null) {
            return build(spec, vectors, rows, dim, progress, pool, threads);
        }
        float[] compact = ValidRowsIndex.compact(vectors, rowOf, dim);
        VectorIndex inner = rowOf.length == 0
                ? new FlatIndex(spec, compact, 0, dim)
                : build(spec, compact, rowOf.length, dim, progress, pool, threads);
        return new ValidRowsIndex(inner, rowOf, rows, copyBytes(spec, 4L * compact.length));
    }

    /** As {@link #buildBinary(IndexSpec, byte[], int, int)} for a column with a validity mask. */
    public static VectorIndex buildBinary(IndexSpec spec, byte[] vectors, boolean[] valid, int rows, int dim) {
        int[] rowOf = ValidRowsIndex.validRows(valid);
        if (rowOf == null) {
            return buildBinary(spec, vectors, rows, dim);
        }
        byte[] compact = ValidRowsIndex.compact(vectors, rowOf, dim / 8);
        VectorIndex inner = rowOf.length == 0
                ? new BinFlatIndex(spec, compact, 0, dim)
                : buildBinary(spec, compact, rowOf.length, dim);
        return new ValidRowsIndex(inner, rowOf, rows, copyBytes(spec, compact.length));
    }

    /** Reads what {@link #build(IndexSpec, float[], boolean[], int, int, IntConsumer, ExecutorService, int)} wrote. */
    static VectorIndex read(IndexSpec spec, ByteBuffer payload, float[] vectors, boolean[] valid, int rows, int dim) {
        int[] rowOf = ValidRowsIndex.validRows(valid);
        if (rowOf == null) {
            return read(spec, payload, vectors, rows, dim);
        }
        float[] compact = ValidRowsIndex.compact(vectors, rowOf, dim);
        VectorIndex inner = rowOf.length == 0
                ? new FlatIndex(spec, compact, 0, dim)
                : read(spec, payload, compact, rowOf.length, dim);
        return new ValidRowsIndex(inner, rowOf, rows, copyBytes(spec, 4L * compact.length));
    }

    /** Reads what {@link #buildBinary(IndexSpec, byte[], boolean[], int, int)} wrote. */
    static VectorIndex readBinary(
            IndexSpec spec, ByteBuffer payload, byte[] vectors, boolean[] valid, int rows, int dim) {
        int[] rowOf = ValidRowsIndex.validRows(valid);
        if (rowOf == null) {
            return readBinary(spec, payload, vectors, rows, dim);
        }
        byte[] compact = ValidRowsIndex.compact(vectors, rowOf, dim / 8);
        VectorIndex inner = rowOf.length == 0
                ? new BinFlatIndex(spec, compact, 0, dim)
                : readBinary(spec, payload, compact, rowOf.length, dim);
        return new ValidRowsIndex(inner, rowOf, rows, copyBytes(spec, compact.length));
    }

    /**
     * Heap bytes of the compact copy of the valid rows' vectors an index over them keeps; none for
     * DISKANN, which searches the vectors of its own file.
     */
    private static long copyBytes(IndexSpec spec, long valueBytes) {
        return diskResident(spec)
                ? 0
                : io.partita.server.memory.RamUsage.align(
                        io.partita.server.memory.RamUsage.ARRAY_HEADER_BYTES + valueBytes);
    }

    private static Kind kind(IndexSpec spec) {
        Kind k = KINDS.get(spec.type());
        if (k == null) {
            throw new IllegalArgumentException("no implementation for index type " + spec.type());
        }
        return k;
    }
}
