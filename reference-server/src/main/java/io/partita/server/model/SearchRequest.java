package io.partita.server.model;

import java.util.List;
import java.util.Map;

/**
 * A vector search. Immutable.
 *
 * @param collectionName collection or alias
 * @param partitionNames partitions to search; empty = all loaded partitions (SEMANTICS row 21)
 * @param annsField the vector field; empty = the only vector field
 * @param vectors the query vectors (FLOAT_VECTOR or BINARY_VECTOR column, one row per query)
 * @param topK 1..16384
 * @param metricType L2, IP or COSINE; empty = the index's metric, else L2
 * @param params search params as given (e.g. {@code nprobe}, {@code ef}, {@code offset}); unmodifiable
 * @param expr boolean filter over scalar fields; empty = none
 * @param outputFields fields to return per hit; unmodifiable
 * @param roundDecimal digits to round scores to; -1 = no rounding
 *     <p>An iterator's snapshot travels in {@code params} under {@link #SNAPSHOT_TS}: growing rows
 *     written after it are not seen.
 */
public record SearchRequest(
        String collectionName,
        List<String> partitionNames,
        String annsField,
        FieldColumn vectors,
        int topK,
        String metricType,
        Map<String, String> params,
        String expr,
        List<String> outputFields,
        int roundDecimal) {
    /** The params key of an iterator's snapshot timestamp (set by the adapters, never by clients). */
    public static final String SNAPSHOT_TS = "partita.snapshot_ts";

    public SearchRequest {
        partitionNames = partitionNames == null ? List.of() : List.copyOf(partitionNames);
        annsField = annsField == null ? "" : annsField;
        metricType = metricType == null ? "" : metricType;
        params = params == null ? Map.of() : Map.copyOf(params);
        expr = expr == null ? "" : expr;
        outputFields = outputFields == null ? List.of() : List.copyOf(outputFields);
    }
}
