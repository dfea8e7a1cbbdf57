package io.partita.param;

/** Distance metrics, named as in the official SDK 2.1. */
public enum MetricType {
    INVALID, L2, IP, HAMMING, JACCARD, TANIMOTO, SUBSTRUCTURE, SUPERSTRUCTURE;

    /** @return whether the metric applies to binary vectors */
    public boolean isBinary() {
        return this == HAMMING || this == JACCARD || this == TANIMOTO || this == SUBSTRUCTURE || this == SUPERSTRUCTURE;
    }
}
