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
 * @param pkOrder rows in primary-key order before offset and limit (a query iterator's pages:
 *     pymilvus and the Java SDK send {@code iterator=True} and page with {@code pk > last})
 * @param snapshotTs an iterator's snapshot: growing rows written after it are not seen; 0 = none
 */
public record QueryRequest(
        String collectionName,
        String expr,
        List<String> outputFields,
        List<String> partitionNames,
        long limit,
        long offset,
        boolean pkOrder,
        long snapshotTs) {
    /** A query in storage order. */
    public QueryRequest(
            String collectionName,
            String expr,
            List<String> outputFields,
            List<String> partitionNames,
            long limit,
            long offset) {
        this(collectionName, expr, outputFields, partitionNames, limit, offset, false, 0);
    }

    public QueryRequest {
        expr = expr == null ? "" : expr;
        outputFields = outputFields == null ? List.of() : List.copyOf(outputFields);
        partitionNames = partitionNames == null ? List.of() : List.copyOf(partitionNames);
    }
}
