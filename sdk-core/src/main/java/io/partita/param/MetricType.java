package io.partita.param;

/** Distance metrics, named as in the official SDK 2.1. */
public enum MetricType {
    /** No metric; rejected by the parameter builders. */
    INVALID,
    /** Euclidean distance over float vectors; smaller is closer. */
    L2,
    /** Inner product over float vectors; larger is closer. */
    IP,
    /** Hamming distance over binary vectors: the number of differing bits; smaller is closer. */
    HAMMING,
    /** Jaccard distance over binary vectors; smaller is closer. */
    JACCARD,
    /** Tanimoto distance over binary vectors; smaller is closer. Recent servers may refuse it. */
    TANIMOTO,
    /** Binary substructure match: whether the query is contained in the stored vector. Recent servers may refuse it. */
    SUBSTRUCTURE,
    /** Binary superstructure match: whether the stored vector is contained in the query. Recent servers may refuse it. */
    SUPERSTRUCTURE,
    /** Cosine similarity over float vectors; larger is closer. Servers before Milvus 2.3 refuse it. */
    COSINE,
    /**
     * BM25 relevance over the sparse output field of a BM25 function (Milvus 2.5+), searched with
     * text queries; larger is closer. Only that field's {@code SPARSE_INVERTED_INDEX} takes it.
     */
    BM25,
    /**
     * Embedding-list similarity (Milvus 2.6, a struct array field's vector sub-field searched with
     * embedding lists): per query vector its best cosine similarity to the row's vectors, summed;
     * larger is closer. {@link #MAX_SIM_COSINE} names it explicitly.
     */
    MAX_SIM,
    /** As {@link #MAX_SIM}, by cosine similarity; larger is closer. */
    MAX_SIM_COSINE,
    /** As {@link #MAX_SIM}, by inner product; larger is closer. */
    MAX_SIM_IP,
    /** Per query vector its smallest squared Euclidean distance to the row's vectors, summed; smaller is closer. */
    MAX_SIM_L2;

    /** @return whether the metric applies to binary vectors */
    public boolean isBinary() {
        return this == HAMMING || this == JACCARD || this == TANIMOTO || this == SUBSTRUCTURE || this == SUPERSTRUCTURE;
    }
}
