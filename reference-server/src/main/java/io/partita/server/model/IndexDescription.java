package io.partita.server.model;

import java.util.Map;

/**
 * An index on a vector field.
 *
 * @param params {@code index_type}, {@code metric_type} and the build params exactly as given
 *     at creation (e.g. {@code params} as JSON); unmodifiable
 * @param state the wire {@code common.IndexState}: 2 = InProgress while segments are being
 *     indexed, 3 = Finished
 */
public record IndexDescription(
        String indexName,
        long indexId,
        String fieldName,
        Map<String, String> params,
        long indexedRows,
        long totalRows,
        long pendingIndexRows,
        int state) {
    public IndexDescription {
        params = Map.copyOf(params);
    }

    /** {@code common.IndexState.InProgress}. */
    public static final int STATE_IN_PROGRESS = 2;

    /** {@code common.IndexState.Finished}. */
    public static final int STATE_FINISHED = 3;

    public String indexType() {
        return params.getOrDefault("index_type", "");
    }

    public String metricType() {
        return params.getOrDefault("metric_type", "");
    }
}
