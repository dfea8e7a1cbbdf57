package io.partita.param;

/** Index types, named as in the official SDK 2.1. */
public enum IndexType {
    INVALID, FLAT, IVF_FLAT, IVF_SQ8, IVF_PQ, HNSW, ANNOY, RHNSW_FLAT, RHNSW_PQ, RHNSW_SQ,
    BIN_FLAT, BIN_IVF_FLAT, AUTOINDEX;

    /** @return whether the index applies to binary vectors */
    public boolean isBinary() {
        return this == BIN_FLAT || this == BIN_IVF_FLAT;
    }
}
