package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Asks for a collection's statistics, e.g. its row count ({@code MilvusClientV2.getCollectionStats}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class GetCollectionStatsReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;

    @Builder
    private GetCollectionStatsReq(String databaseName, String collectionName) {
        Checks.notBlank(collectionName, "GetCollectionStatsReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
    }

    /** Builds a {@link GetCollectionStatsReq}; unset fields take the defaults documented on the getters. */
    public static class GetCollectionStatsReqBuilder {}

    @Override
    public String toString() {
        return "GetCollectionStatsReq{" + "databaseName=" + databaseName + ", " + "collectionName=" + collectionName
                + "}";
    }
}
