package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Removes every row of a collection, keeping its schema, partitions, indexes and load
 * ({@code MilvusClientV2.truncateCollection}; TruncateCollection, Milvus 2.6).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class TruncateCollectionReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;

    @Builder
    private TruncateCollectionReq(String databaseName, String collectionName) {
        Checks.notBlank(collectionName, "TruncateCollectionReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
    }

    /** Builds a {@link TruncateCollectionReq}. */
    public static class TruncateCollectionReqBuilder {}

    @Override
    public String toString() {
        return "TruncateCollectionReq{databaseName=" + databaseName + ", collectionName=" + collectionName + "}";
    }
}
