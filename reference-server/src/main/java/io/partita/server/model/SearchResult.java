package io.partita.server.model;

import java.util.List;

/**
 * Search hits, flat in the wire's shape ({@code schema.SearchResultData}): the hits of query 0,
 * then of query 1, …; {@code topks[i]} hits belong to query i.
 *
 * @param numQueries number of query vectors
 * @param topK the requested topK
 * @param topks hits per query (≤ topK)
 * @param ids primary keys of the hits (INT64 or VARCHAR column)
 * @param scores distance (L2, squared, ascending) or similarity (IP/COSINE, descending) per hit
 * @param fields requested output fields, one column per field, aligned with {@code ids}
 */
public record SearchResult(
        int numQueries, int topK, long[] topks, FieldColumn ids, float[] scores, List<FieldColumn> fields) {
    public SearchResult {
        fields = List.copyOf(fields);
    }
}
