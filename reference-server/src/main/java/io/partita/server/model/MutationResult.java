package io.partita.server.model;

/**
 * The answer to an insert or delete, returned only once the change is durable.
 *
 * @param primaryKeys the keys inserted (generated ones when autoID) or deleted: an INT64 or
 *     VARCHAR column
 * @param count rows inserted or deleted
 * @param timestamp hybrid timestamp of the mutation
 */
public record MutationResult(FieldColumn primaryKeys, long count, long timestamp) {}
