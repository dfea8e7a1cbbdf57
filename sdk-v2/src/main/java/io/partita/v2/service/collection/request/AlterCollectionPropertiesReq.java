package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * Sets properties of a collection ({@code MilvusClientV2.alterCollectionProperties}), such as
 * {@code collection.ttl.seconds} or {@code mmap.enabled}.
 *
 * <p>Immutable: the map is copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class AlterCollectionPropertiesReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The properties to set (at least one). */
    private final Map<String, String> properties;

    @Builder
    private AlterCollectionPropertiesReq(String databaseName, String collectionName, Map<String, String> properties) {
        Checks.notBlank(collectionName, "AlterCollectionPropertiesReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** Builds an {@link AlterCollectionPropertiesReq}; unset fields take the defaults documented on the getters. */
    public static class AlterCollectionPropertiesReqBuilder {
        /**
         * Adds one property to those set so far (as the official builder's {@code property}).
         *
         * @param key the property key
         * @param value its value
         * @return this builder
         */
        public AlterCollectionPropertiesReqBuilder property(String key, String value) {
            Map<String, String> next = properties == null ? new LinkedHashMap<>() : new LinkedHashMap<>(properties);
            next.put(key, value);
            properties = next;
            return this;
        }
    }

    @Override
    public String toString() {
        return "AlterCollectionPropertiesReq{databaseName=" + databaseName + ", collectionName=" + collectionName
                + ", properties=" + properties + "}";
    }
}
