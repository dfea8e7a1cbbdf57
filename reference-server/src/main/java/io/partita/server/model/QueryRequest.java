package io.partita.server.model;

import java.util.List;

/**
 * A query by expression. Immutable.
 *
 * @param expr boolean expression over scalar fields (required, non-empty)
 * @param outputFields fields to return; the primary key is always included
 * @param partitionNames empty = all loaded partitions
 * @param limit max rows, -1 = unlimited
 * @param offset rows to skip, ≥ 0
 */
public record QueryRequest(
        String collectionName,
        String expr,
        List<String> outputFields,
        List<String> partitionNames,
        long limit,
        long offset) {
    public QueryRequest {
        expr = expr == null ? "" : expr;
        outputFields = outputFields == null ? List.of() : List.copyOf(outputFields);
        partitionNames = partitionNames == null ? List.of() : List.copyOf(partitionNames);
    }
}
