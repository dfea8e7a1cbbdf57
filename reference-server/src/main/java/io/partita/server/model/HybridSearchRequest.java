package io.partita.server.model;

import java.util.List;
import java.util.Map;

/**
 * A hybrid search: several vector searches on one collection, fused into one ranking. Immutable.
 *
 * @param collectionName collection or alias
 * @param partitionNames partitions every sub-search reads; empty = all loaded partitions
 * @param requests the sub-searches (each with its own field, vectors, limit, filter and params;
 *     their partitions and output fields are ignored)
 * @param strategy {@code rrf} or {@code weighted}; empty = {@code rrf}
 * @param rankParams the ranker's params as given ({@code k}; {@code weights} as a JSON array,
 *     {@code norm_score})
 * @param limit fused hits per query vector
 * @param offset fused hits skipped per query vector
 * @param roundDecimal digits to round fused scores to; -1 = no rounding
 * @param outputFields fields to return per hit
 * @param groupParams {@code group_by_field}, {@code group_size}, {@code strict_group_size} if given
 */
public record HybridSearchRequest(
        String collectionName,
        List<String> partitionNames,
        List<SearchRequest> requests,
        String strategy,
        Map<String, String> rankParams,
        int limit,
        int offset,
        int roundDecimal,
        List<String> outputFields,
        Map<String, String> groupParams) {
    public HybridSearchRequest {
        partitionNames = partitionNames == null ? List.of() : List.copyOf(partitionNames);
        requests = List.copyOf(requests);
        strategy = strategy == null ? "" : strategy;
        rankParams = rankParams == null ? Map.of() : Map.copyOf(rankParams);
        outputFields = outputFields == null ? List.of() : List.copyOf(outputFields);
        groupParams = groupParams == null ? Map.of() : Map.copyOf(groupParams);
    }
}
