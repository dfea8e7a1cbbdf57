package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Asks whether a collection exists ({@code MilvusClientV2.hasCollection}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class HasCollectionReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;

    @Builder
    private HasCollectionReq(String databaseName, String collectionName) {
        Checks.notBlank(collectionName, "HasCollectionReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
    }

    /** Builds a {@link HasCollectionReq}; unset fields take the defaults documented on the getters. */
    public static class HasCollectionReqBuilder {}

    @Override
    public String toString() {
        return "HasCollectionReq{" + "databaseName=" + databaseName + ", " + "collectionName=" + collectionName + "}";
    }
}
