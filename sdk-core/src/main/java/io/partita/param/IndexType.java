package io.partita.param;

/** Index types, named as in the official SDK 2.1. */
public enum IndexType {
    /** No index type; rejected by the parameter builders. */
    INVALID,
    /** Brute-force search over float vectors; exact, no build parameters. */
    FLAT,
    /** Inverted file over float vectors; build parameter {@code nlist}, search parameter {@code nprobe}. */
    IVF_FLAT,
    /** Inverted file with 8-bit scalar quantization; parameters as {@code IVF_FLAT}. */
    IVF_SQ8,
    /** Inverted file with product quantization; build parameters {@code nlist}, {@code m}, {@code nbits}. */
    IVF_PQ,
    /** Graph index over float vectors; build parameters {@code M}, {@code efConstruction}, search parameter {@code ef}. */
    HNSW,
    /** Tree-based index over float vectors; build parameter {@code n_trees}, search parameter {@code search_k}. Recent servers may refuse it. */
    ANNOY,
    /** Refined HNSW without quantization; kept for 2.1 compatibility; recent servers may refuse it. */
    RHNSW_FLAT,
    /** Refined HNSW with product quantization; kept for 2.1 compatibility; recent servers may refuse it. */
    RHNSW_PQ,
    /** Refined HNSW with scalar quantization; kept for 2.1 compatibility; recent servers may refuse it. */
    RHNSW_SQ,
    /** Brute-force search over binary vectors; exact. */
    BIN_FLAT,
    /** Inverted file over binary vectors; build parameter {@code nlist}, search parameter {@code nprobe}. */
    BIN_IVF_FLAT,
    /** Let the server choose the index and its parameters. */
    AUTOINDEX,
    /**
     * Inverted index over sparse vectors (Milvus 2.4+), metric {@code IP} or, on a BM25 function's
     * output field, {@code BM25} (build parameters {@code bm25_k1}, {@code bm25_b}).
     */
    SPARSE_INVERTED_INDEX,
    /** Sparse inverted index searched with the WAND algorithm (Milvus 2.4+); parameters as above. */
    SPARSE_WAND;

    /** @return whether the index applies to binary vectors */
    public boolean isBinary() {
        return this == BIN_FLAT || this == BIN_IVF_FLAT;
    }
}
