package io.partita.server.search;

import java.util.Locale;

/**
 * Distance metrics. Scores are reported as Milvus does: squared Euclidean distance for L2
 * (smaller is closer), inner product for IP and cosine similarity for COSINE (larger is closer).
 * Internally every metric is turned into a key where smaller is better ({@link #toKey}).
 */
public enum Metric {
    L2,
    IP,
    COSINE,
    /** BM25 relevance of full-text search (sparse rows of a BM25 function's output field only). */
    BM25,
    /** Binary vectors: the number of differing bits (smaller is closer). */
    HAMMING,
    /** Binary vectors: 1 - |a AND b| / |a OR b| (smaller is closer; 0 when both are all zeros). */
    JACCARD,
    /**
     * Binary vectors, BIN_FLAT only: a row matches (distance 0) when the query's bits are all set
     * in it, {@code (q AND row) == q}; other rows are never hits. As Milvus defined it
     * (milvus-io/milvus issue #1603: D(a, b) = (a∩b)==a ? 0 : ∞, a the query).
     */
    SUBSTRUCTURE,
    /** Binary vectors, BIN_FLAT only: a row matches (distance 0) when its bits are all set in the query. */
    SUPERSTRUCTURE;

    /** The metric with this name (case-insensitive), or null when unknown. */
    public static Metric parse(String name) {
        if (name == null) {
            return null;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when larger scores are better. */
    public boolean higherIsBetter() {
        return this == IP || this == COSINE || this == BM25;
    }

    /** True for the metrics of binary vectors (HAMMING, JACCARD, SUBSTRUCTURE, SUPERSTRUCTURE). */
    public boolean binary() {
        return this == HAMMING || this == JACCARD || this == SUBSTRUCTURE || this == SUPERSTRUCTURE;
    }

    /** The ordering key of a score: smaller is better. */
    public float toKey(float score) {
        return higherIsBetter() ? -score : score;
    }

    public float fromKey(float key) {
        return higherIsBetter() ? -key : key;
    }
}
