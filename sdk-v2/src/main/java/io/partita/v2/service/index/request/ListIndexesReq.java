package io.partita.v2.service.index.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Lists the index names of a collection, or of one field ({@code MilvusClientV2.listIndexes}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class ListIndexesReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** Only indexes on this field; {@code null} for all. */
    private final String fieldName;

    @Builder
    private ListIndexesReq(String databaseName, String collectionName, String fieldName) {
        Checks.notBlank(collectionName, "ListIndexesReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.fieldName = fieldName;
    }

    /** Builds a {@link ListIndexesReq}; unset fields take the defaults documented on the getters. */
    public static class ListIndexesReqBuilder {}

    @Override
    public String toString() {
        return "ListIndexesReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "fieldName=" + fieldName + "}";
    }
}
