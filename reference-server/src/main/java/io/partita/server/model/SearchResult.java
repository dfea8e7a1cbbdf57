package io.partita.server.model;

import java.util.List;

/**
 * Search hits, flat in the wire's shape ({@code schema.SearchResultData}): the hits of query 0,
 * then of query 1, …; {@code topks[i]} hits belong to query i.
 *
 * @param numQueries number of query vectors
 * @param topK the requested topK
 * @param topks hits per query (≤ topK, or ≤ topK × group_size for a grouping search)
 * @param ids primary keys of the hits (INT64 or VARCHAR column)
 * @param scores distance (L2, squared, ascending) or similarity (IP/COSINE, descending) per hit
 * @param fields requested output fields, one column per field, aligned with {@code ids}
 * @param groupByValues for a grouping search, the group field's value per hit; else null
 * @param iterator for a search iterator v2 page, the token and last bound; else null
 * @param scannedBytes the resident bytes of the searched vector field in every segment the search
 *     read (its brute-force scan reads each of them whole); 0 when not measured
 */
public record SearchResult(
        int numQueries,
        int topK,
        long[] topks,
        FieldColumn ids,
        float[] scores,
        List<FieldColumn> fields,
        FieldColumn groupByValues,
        IteratorPage iterator,
        long scannedBytes) {
    public SearchResult {
        fields = List.copyOf(fields);
    }

    /** Hits with their groups or iterator page, the scan not measured. */
    public SearchResult(
            int numQueries,
            int topK,
            long[] topks,
            FieldColumn ids,
            float[] scores,
            List<FieldColumn> fields,
            FieldColumn groupByValues,
            IteratorPage iterator) {
        this(numQueries, topK, topks, ids, scores, fields, groupByValues, iterator, 0L);
    }

    /** This result with the scan's size. */
    public SearchResult withScannedBytes(long bytes) {
        return new SearchResult(numQueries, topK, topks, ids, scores, fields, groupByValues, iterator, bytes);
    }

    /** A plain search's hits: no groups, no iterator page. */
    public SearchResult(
            int numQueries, int topK, long[] topks, FieldColumn ids, float[] scores, List<FieldColumn> fields) {
        this(numQueries, topK, topks, ids, scores, fields, null, null);
    }

    /**
     * What a search iterator v2 call returns beside its hits ({@code SearchIteratorV2Results}).
     *
     * @param token the iterator's id: the request's {@code search_iter_id}, or a new one on the first page
     * @param lastBound the score of the page's last hit; the next page starts strictly beyond it
     */
    public record IteratorPage(String token, float lastBound) {}
}
