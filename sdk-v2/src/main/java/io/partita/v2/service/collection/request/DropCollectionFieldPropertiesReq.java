package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Removes properties of one field of a collection ({@code MilvusClientV2.dropCollectionFieldProperties};
 * AlterCollectionField's {@code delete_keys}, Milvus 2.6), such as {@code mmap.enabled}.
 *
 * <p>Immutable: the list is copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DropCollectionFieldPropertiesReq {
    /** The collection (required). */
    private final String collectionName;
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The field (required). */
    private final String fieldName;
    /** The keys to remove (at least one). */
    private final List<String> propertyKeys;

    @Builder
    private DropCollectionFieldPropertiesReq(
            String collectionName, String databaseName, String fieldName, List<String> propertyKeys) {
        Checks.notBlank(collectionName, "DropCollectionFieldPropertiesReq.collectionName");
        Checks.notBlank(fieldName, "DropCollectionFieldPropertiesReq.fieldName");
        this.collectionName = collectionName;
        this.databaseName = databaseName;
        this.fieldName = fieldName;
        this.propertyKeys = propertyKeys == null ? List.of() : List.copyOf(propertyKeys);
    }

    /** Builds a {@link DropCollectionFieldPropertiesReq}; unset fields take the defaults documented on the getters. */
    public static class DropCollectionFieldPropertiesReqBuilder {}

    @Override
    public String toString() {
        return "DropCollectionFieldPropertiesReq{collectionName=" + collectionName + ", databaseName=" + databaseName
                + ", fieldName=" + fieldName + ", propertyKeys=" + propertyKeys + "}";
    }
}
