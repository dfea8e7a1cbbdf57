package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * Sets properties of one field of a collection ({@code MilvusClientV2.alterCollectionField};
 * AlterCollectionField, Milvus 2.6): {@code max_length} of a VarChar field (or of an Array of
 * VarChar), {@code max_capacity} of an Array field, {@code mmap.enabled} while the collection is
 * released.
 *
 * <p>Immutable: the map is copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class AlterCollectionFieldReq {
    /** The collection (required). */
    private final String collectionName;
    /** The field (required). */
    private final String fieldName;
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The properties to set (at least one). */
    private final Map<String, String> properties;

    @Builder
    private AlterCollectionFieldReq(
            String collectionName, String fieldName, String databaseName, Map<String, String> properties) {
        Checks.notBlank(collectionName, "AlterCollectionFieldReq.collectionName");
        Checks.notBlank(fieldName, "AlterCollectionFieldReq.fieldName");
        this.collectionName = collectionName;
        this.fieldName = fieldName;
        this.databaseName = databaseName;
        this.properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** Builds an {@link AlterCollectionFieldReq}; unset fields take the defaults documented on the getters. */
    public static class AlterCollectionFieldReqBuilder {
        /**
         * Adds one property to those set so far (as the official builder's {@code property}).
         *
         * @param key the property key
         * @param value its value
         * @return this builder
         */
        public AlterCollectionFieldReqBuilder property(String key, String value) {
            properties = Checks.with(properties, key, value);
            return this;
        }
    }

    @Override
    public String toString() {
        return "AlterCollectionFieldReq{collectionName=" + collectionName + ", fieldName=" + fieldName
                + ", databaseName=" + databaseName + ", properties=" + properties + "}";
    }
}
