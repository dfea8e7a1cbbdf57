package io.partita.v2.service.index.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Drops an index ({@code MilvusClientV2.dropIndex}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DropIndexReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The indexed field. */
    private final String fieldName;
    /** The index name; {@code null} means the field's index. */
    private final String indexName;

    @Builder
    private DropIndexReq(String databaseName, String collectionName, String fieldName, String indexName) {
        Checks.notBlank(collectionName, "DropIndexReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.fieldName = fieldName;
        this.indexName = indexName;
    }

    /** Builds a {@link DropIndexReq}; unset fields take the defaults documented on the getters. */
    public static class DropIndexReqBuilder {}

    @Override
    public String toString() {
        return "DropIndexReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "fieldName=" + fieldName + ", "
                + "indexName=" + indexName + "}";
    }
}
