package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Renames a collection ({@code MilvusClientV2.renameCollection}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class RenameCollectionReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The new name (required). */
    private final String newCollectionName;
    /** The database to move the collection to; {@code null} keeps it in place. */
    private final String targetDbName;

    @Builder
    private RenameCollectionReq(
            String databaseName, String collectionName, String newCollectionName, String targetDbName) {
        Checks.notBlank(collectionName, "RenameCollectionReq.collectionName");
        Checks.notBlank(newCollectionName, "RenameCollectionReq.newCollectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.newCollectionName = newCollectionName;
        this.targetDbName = targetDbName;
    }

    /** Builds a {@link RenameCollectionReq}; unset fields take the defaults documented on the getters. */
    public static class RenameCollectionReqBuilder {}

    @Override
    public String toString() {
        return "RenameCollectionReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "newCollectionName=" + newCollectionName + ", "
                + "targetDbName=" + targetDbName + "}";
    }
}
