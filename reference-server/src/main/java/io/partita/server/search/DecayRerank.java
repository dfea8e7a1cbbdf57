package io.partita.server.search;

import java.util.Locale;
import java.util.Map;

/**
 * Milvus 2.6's decay reranker ({@code reranker: decay} in a search's {@code function_score}): each
 * hit's score is first made "greater is better" (COSINE, IP and BM25 as they are; any other metric,
 * a distance {@code d}, as {@code 1 - 2·atan(d)/π}), then multiplied by a decay of the hit's value
 * {@code x} of one numeric field, with {@code adj = max(0, |x - origin| - offset)}:
 *
 * <ul>
 *   <li>{@code gauss}: {@code exp(adj² / (scale² / ln(decay)))}
 *   <li>{@code exp}: {@code exp(ln(decay) / scale · adj)}
 *   <li>{@code linear}: {@code max(decay, 1 - (1 - decay) / scale · adj)}
 * </ul>
 *
 * and the hits are ordered by the product, highest first. {@code offset} defaults to 0 and
 * {@code decay} to 0.5. Formulas, defaults and refusal texts read in milvus-io/milvus
 * {@code internal/util/function/rerank/decay_function.go}. Immutable.
 */
public final class DecayRerank {
    private final String function;
    private final double origin;
    private final double scale;
    private final double offset;
    private final double decay;

    private DecayRerank(String function, double origin, double scale, double offset, double decay) {
        this.function = function;
        this.origin = origin;
        this.scale = scale;
        this.offset = offset;
        this.decay = decay;
    }

    /**
     * @param params the function's params (keys compared case-insensitively, as Milvus does)
     * @return the reranker
     * @throws IllegalArgumentException with Milvus's text when a param is missing or out of range
     */
    public static DecayRerank of(Map<String, String> params) {
        String function = null;
        Double origin = null;
        Double scale = null;
        double offset = 0;
        double decay = 0.5;
        for (Map.Entry<String, String> e : params.entrySet()) {
            switch (e.getKey().toLowerCase(Locale.ROOT)) {
                case "function" -> function = e.getValue();
                case "origin" -> origin = number("origin", e.getValue());
                case "scale" -> scale = number("scale", e.getValue());
                case "offset" -> offset = number("offset", e.getValue());
                case "decay" -> decay = number("decay", e.getValue());
                default -> {}
            }
        }
        if (origin == null) {
            throw new IllegalArgumentException("Decay function lost param: origin");
        }
        if (scale == null) {
            throw new IllegalArgumentException("Decay function lost param: scale");
        }
        if (scale <= 0) {
            throw new IllegalArgumentException("Decay function param: scale must > 0, but got " + go(scale));
        }
        if (offset < 0) {
            throw new IllegalArgumentException("Decay function param: offset must >= 0, but got " + go(offset));
        }
        if (decay <= 0 || decay >= 1) {
            // Milvus prints the offset here, not the decay (decay_function.go)
            throw new IllegalArgumentException("Decay function param: decay must 0 < decay < 1, but got " + go(offset));
        }
        if (!"gauss".equals(function) && !"exp".equals(function) && !"linear".equals(function)) {
            throw new IllegalArgumentException("Invaild decay function: decay, only support [gauss,linear,exp]");
        }
        return new DecayRerank(function, origin, scale, offset, decay);
    }

    private static double number(String key, String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Param " + key + ":" + value + " is not a number");
        }
    }

    /** Go's {@code %f}: six decimals. */
    private static String go(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    /** The decay factor of a field value. */
    public double factor(double value) {
        double adj = Math.max(0, Math.abs(value - origin) - offset);
        return switch (function) {
            case "gauss" -> Math.exp(Math.pow(adj, 2.0) / (Math.pow(scale, 2.0) / Math.log(decay)));
            case "exp" -> Math.exp(Math.log(decay) / scale * adj);
            default -> Math.max(decay, 1 - (1 - decay) / scale * adj);
        };
    }

    /** A search score made "greater is better" for {@code metric} (decay_function.go toGreaterScore). */
    public static float greater(float score, String metric) {
        return switch (metric.toUpperCase(Locale.ROOT)) {
            case "COSINE", "IP", "BM25" -> score;
            default -> 1.0f - 2 * (float) Math.atan(score) / (float) Math.PI;
        };
    }

    /** The reranked score of a hit: its greater-is-better score times the value's decay, in float as Milvus. */
    public float score(float score, String metric, double value) {
        return (float) factor(value) * greater(score, metric);
    }
}
