package io.partita.server.search;

import java.util.Locale;

/**
 * The metrics of embedding-list search (Milvus 2.6, a struct array field's vector sub-field searched
 * with {@code EmbList*} queries; names from milvus-io/milvus pkg/util/metric): a query list Q
 * scores a row's list D as the sum over q in Q of the best similarity of q to any d in D,
 * ColBERT's MaxSim. {@code MAX_SIM_IP} uses inner products, {@code MAX_SIM_COSINE} (and
 * {@code MAX_SIM}, Milvus's first name for it) cosine similarities, both larger-is-better;
 * {@code MAX_SIM_L2} sums each q's smallest squared Euclidean distance, smaller-is-better. Float
 * vectors only (the one type Milvus's "Array of Structs" page lists for struct vectors).
 */
public enum EmbListMetric {
    MAX_SIM,
    MAX_SIM_COSINE,
    MAX_SIM_IP,
    MAX_SIM_L2;

    /** The metric with this name (case-insensitive), or null when it is not an embedding-list metric. */
    public static EmbListMetric parse(String name) {
        if (name == null) {
            return null;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when larger scores are better (every metric but MAX_SIM_L2). */
    public boolean higherIsBetter() {
        return this != MAX_SIM_L2;
    }

    /** The ordering key of a score: smaller is better. */
    public float toKey(float score) {
        return higherIsBetter() ? -score : score;
    }

    /**
     * The score of {@code doc} ({@code docCount} vectors of {@code dim}, row-major) for the query
     * list {@code query} (a whole number of vectors of {@code dim}); NaN when the row holds no vectors.
     */
    public float score(float[] query, float[] doc, int docCount, int dim) {
        if (docCount == 0) {
            return Float.NaN;
        }
        double total = 0;
        for (int q = 0; q < query.length; q += dim) {
            double best = higherIsBetter() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (int d = 0; d < docCount; d++) {
                double s = similarity(query, q, doc, d * dim, dim);
                best = higherIsBetter() ? Math.max(best, s) : Math.min(best, s);
            }
            total += best;
        }
        return (float) total;
    }

    private double similarity(float[] a, int ao, float[] b, int bo, int dim) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        double l2 = 0;
        for (int i = 0; i < dim; i++) {
            double x = a[ao + i];
            double y = b[bo + i];
            dot += x * y;
            na += x * x;
            nb += y * y;
            l2 += (x - y) * (x - y);
        }
        return switch (this) {
            case MAX_SIM_IP -> dot;
            case MAX_SIM_L2 -> l2;
            default -> na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
        };
    }
}
