package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Asks whether a collection, or one of its partitions, is loaded ({@code MilvusClientV2.getLoadState}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class GetLoadStateReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The partition to ask about; {@code null} asks about the collection. */
    private final String partitionName;

    @Builder
    private GetLoadStateReq(String databaseName, String collectionName, String partitionName) {
        Checks.notBlank(collectionName, "GetLoadStateReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionName = partitionName;
    }

    /** Builds a {@link GetLoadStateReq}; unset fields take the defaults documented on the getters. */
    public static class GetLoadStateReqBuilder {}

    @Override
    public String toString() {
        return "GetLoadStateReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "partitionName=" + partitionName + "}";
    }
}
