package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Removes properties of a collection ({@code MilvusClientV2.dropCollectionProperties}; AlterCollection's
 * {@code delete_keys}, Milvus 2.5+).
 *
 * <p>Immutable: the list is copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DropCollectionPropertiesReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The keys to remove (at least one). */
    private final List<String> propertyKeys;

    @Builder
    private DropCollectionPropertiesReq(String databaseName, String collectionName, List<String> propertyKeys) {
        Checks.notBlank(collectionName, "DropCollectionPropertiesReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.propertyKeys = propertyKeys == null ? List.of() : List.copyOf(propertyKeys);
    }

    /** Builds a {@link DropCollectionPropertiesReq}; unset fields take the defaults documented on the getters. */
    public static class DropCollectionPropertiesReqBuilder {}

    @Override
    public String toString() {
        return "DropCollectionPropertiesReq{databaseName=" + databaseName + ", collectionName=" + collectionName
                + ", propertyKeys=" + propertyKeys + "}";
    }
}
