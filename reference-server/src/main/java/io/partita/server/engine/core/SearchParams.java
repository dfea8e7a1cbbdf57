package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldSchema;
import io.partita.server.search.Metric;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The search params that change what a search returns rather than how an index walks: range
 * bounds ({@code radius}, {@code range_filter}), grouping ({@code group_by_field},
 * {@code group_size}, {@code strict_group_size}) and the search iterator v2's hidden params
 * ({@code search_iter_v2}, {@code search_iter_batch_size}, {@code search_iter_last_bound},
 * {@code search_iter_id}), each checked with Milvus's rule and text.
 */
final class SearchParams {
    /** Milvus's {@code quotaAndLimits.limits.maxGroupSize} default. */
    static final int MAX_GROUP_SIZE = 10;

    private SearchParams() {}

    /**
     * {@code [radius, range_filter]}, either null when absent. Rules and texts read in
     * milvus-io/milvus internal/proxy/task_search.go {@code checkRangeSearchParams}: a
     * range_filter without radius is ignored; IP/COSINE need radius &lt; range_filter, L2 needs
     * range_filter &lt; radius.
     */
    static Double[] range(LifecycleProfile profile, Map<String, String> p, Metric metric) {
        String radiusText = p.get("radius");
        if (radiusText == null) {
            return new Double[2];
        }
        Double radius = number(radiusText);
        if (radius == null) {
            throw profile.invalidParameter("must pass numpy type for radius: invalid parameter");
        }
        String filterText = p.get("range_filter");
        if (filterText == null) {
            return new Double[] {radius, null};
        }
        Double filter = number(filterText);
        if (filter == null) {
            throw profile.invalidParameter("must pass numpy type for range_filter: invalid parameter");
        }
        if (metric.higherIsBetter() && radius >= filter) {
            throw profile.invalidParameter(String.format(
                    Locale.ROOT,
                    "range_filter must be greater than radius for IP/COSINE, range_filter:%f, radius:%f:"
                            + " invalid parameter",
                    filter,
                    radius));
        }
        if (!metric.higherIsBetter() && radius <= filter) {
            throw profile.invalidParameter(String.format(
                    Locale.ROOT,
                    "range_filter must be less than radius for L2/HAMMING/JACCARD, range_filter:%f, radius:%f:"
                            + " invalid parameter",
                    filter,
                    radius));
        }
        return new Double[] {radius, filter};
    }

    private static Double number(String text) {
        try {
            double d = Double.parseDouble(text.trim());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The grouping, or null without {@code group_by_field}. Rules and texts read in
     * milvus-io/milvus internal/proxy/search_util.go {@code parseGroupByInfo} (group size default
     * 1, ≤ 0 refused, above {@code maxGroupSize} refused; an unparsable strict flag is false) and
     * {@code parseGroupByField} (int, bool and varchar fields only).
     */
    static SearchOps.Grouping grouping(LifecycleProfile profile, List<FieldSchema> fields, Map<String, String> p) {
        String name = p.getOrDefault("group_by_field", "");
        if (name.isEmpty()) {
            return null;
        }
        int index = -1;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                index = i;
            }
        }
        if (index < 0) {
            throw profile.invalidParameter("groupBy field not found in schema: field not found[field=" + name + "]");
        }
        DataType t = fields.get(index).dataType();
        if (t == DataType.BINARY_VECTOR) {
            throw profile.invalidParameter("not support search_group_by operation based on binary vector column");
        }
        boolean supported = t == DataType.BOOL
                || t == DataType.INT8
                || t == DataType.INT16
                || t == DataType.INT32
                || t == DataType.INT64
                || t == DataType.VARCHAR
                || t == DataType.TIMESTAMPTZ;
        if (!supported) {
            throw profile.groupByTypeUnsupported(t, name);
        }
        int size = 1;
        String sizeText = p.get("group_size");
        if (sizeText != null) {
            long v;
            try {
                v = Long.parseLong(sizeText.trim());
            } catch (NumberFormatException e) {
                throw profile.invalidParameter("failed to parse input group size:" + sizeText + ": invalid parameter");
            }
            if (v <= 0) {
                throw profile.invalidParameter(
                        "input group size:" + v + " is negative, failed to do search_groupby: invalid parameter");
            }
            if (v > MAX_GROUP_SIZE) {
                throw profile.invalidParameter("input group size:" + v + " exceeds configured max group size:"
                        + MAX_GROUP_SIZE + ": invalid parameter");
            }
            size = (int) v;
        }
        boolean strict = Boolean.parseBoolean(
                p.getOrDefault("strict_group_size", "false").trim());
        return new SearchOps.Grouping(index, size, strict);
    }

    /**
     * What a grouping search may not be combined with, Milvus's rules and texts
     * (internal/proxy/task_search.go): an iterator's page ({@code iterator} set), a range search,
     * a search on a binary vector field.
     */
    static void checkGroupingCombination(
            LifecycleProfile profile, Map<String, String> p, boolean range, DataType annsType) {
        if (Boolean.parseBoolean(p.getOrDefault("iterator", "false").trim())) {
            throw profile.invalidParameter("Not allowed to do groupBy when doing iteration: invalid parameter");
        }
        if (range) {
            throw profile.invalidParameter(
                    "Not allowed to do range-search when doing search-group-by: invalid parameter");
        }
        if (annsType == DataType.BINARY_VECTOR) {
            throw profile.groupByOnBinaryVectors();
        }
    }

    /**
     * The iterator v2 page, or null unless {@code search_iter_v2} is true (pymilvus 3
     * client/iterator/search_iterator.py {@code SearchIteratorV2} sends it with {@code iterator},
     * {@code search_iter_batch_size}, and from the second page on {@code search_iter_last_bound}
     * and {@code search_iter_id}).
     */
    static SearchOps.IteratorRequest iterator(LifecycleProfile profile, Map<String, String> p, int topK) {
        if (!Boolean.parseBoolean(p.getOrDefault("search_iter_v2", "false").trim())) {
            return null;
        }
        int batch = topK;
        String batchText = p.get("search_iter_batch_size");
        if (batchText != null) {
            try {
                batch = Integer.parseInt(batchText.trim());
            } catch (NumberFormatException e) {
                throw profile.invalidParameter(
                        "search_iter_batch_size [" + batchText + "] is invalid: invalid parameter");
            }
            if (batch < 1) {
                throw profile.invalidParameter("search_iter_batch_size [" + batchText
                        + "] is invalid, it must be a positive integer: invalid parameter");
            }
        }
        Float bound = null;
        String boundText = p.get("search_iter_last_bound");
        if (boundText != null && !boundText.isBlank()) {
            Double d = number(boundText);
            if (d == null) {
                throw profile.invalidParameter(
                        "search_iter_last_bound [" + boundText + "] is invalid: invalid parameter");
            }
            bound = d.floatValue();
        }
        String token = p.getOrDefault("search_iter_id", "");
        if (token.isBlank()) {
            token = UUID.randomUUID().toString();
        }
        return new SearchOps.IteratorRequest(batch, bound, token);
    }
}
