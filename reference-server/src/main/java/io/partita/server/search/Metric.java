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
    BM25;

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
        return this != L2;
    }

    /** The ordering key of a score: smaller is better. */
    public float toKey(float score) {
        return higherIsBetter() ? -score : score;
    }

    public float fromKey(float key) {
        return higherIsBetter() ? -key : key;
    }
}
