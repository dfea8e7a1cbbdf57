package io.partita.server.search;

import java.io.DataOutput;
import java.io.IOException;
import java.util.BitSet;
import java.util.Map;

/**
 * A searchable index over one sealed segment's vectors of one field: built from the segment's
 * {@code float[]} ({@link VectorIndexes#build}) or, for binary vectors, its {@code byte[]}
 * ({@link VectorIndexes#buildBinary}, searched by {@link #searchBinary}), persisted beside the segment file with a
 * checksum ({@link IndexFile}), loaded with it, and charged to the query nodes by
 * {@link #ramBytesUsed()}. Rows are the segment's row numbers; the vectors stay owned (and
 * charged) by the segment, so an index reports only its own structure.
 *
 * <p>Implementations are immutable once built and safe for concurrent searches.
 */
public interface VectorIndex {
    /** The spec this index was built with. */
    IndexSpec spec();

    /** Rows indexed (the segment's row count). */
    int size();

    /**
     * The best {@code topK} rows for each query.
     *
     * @param queries {@code nq × dim} row-major query vectors
     * @param searchParams the request's search params ({@code ef}, {@code nprobe}, ...) as given
     * @param excluded rows that must not be returned (deleted or filtered out), or null
     * @return one heap per query; keys in {@link Metric#toKey} terms, refs are row numbers
     * @throws IllegalArgumentException naming a bad search parameter
     */
    TopK[] search(float[] queries, int topK, Map<String, String> searchParams, BitSet excluded);

    /**
     * The best {@code topK} rows for each binary query ({@code nq × dim / 8} bytes, row-major):
     * what BIN_FLAT and BIN_IVF_FLAT answer; an index of float vectors refuses.
     */
    default TopK[] searchBinary(byte[] queries, int topK, Map<String, String> searchParams, BitSet excluded) {
        throw new UnsupportedOperationException(spec().type() + " indexes float vectors");
    }

    /**
     * The best {@code topK} rows by inner product for each sparse query row (Milvus's wire form):
     * what SPARSE_INVERTED_INDEX and SPARSE_WAND answer; an index of dense vectors refuses.
     */
    default TopK[] searchSparse(byte[][] queries, int topK, Map<String, String> searchParams, BitSet excluded) {
        throw new UnsupportedOperationException(spec().type() + " indexes dense vectors");
    }

    /** Exact heap bytes of this index's own structure (not the segment's vectors). */
    long ramBytesUsed();

    /** Writes the structure (everything but the vectors) for {@link VectorIndexes#read}. */
    void writeTo(DataOutput out) throws IOException;
}
