package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * Sets properties of a collection ({@code MilvusClientV2.alterCollection}). Deprecated as in the
 * official client (since its 2.5.3): use {@link AlterCollectionPropertiesReq}, which this request is
 * sent as.
 *
 * <p>Immutable: the map is copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Deprecated
@Getter
public final class AlterCollectionReq {
    /** The collection (required). */
    private final String collectionName;
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The properties to set (at least one). */
    private final Map<String, String> properties;

    @Builder
    private AlterCollectionReq(String collectionName, String databaseName, Map<String, String> properties) {
        Checks.notBlank(collectionName, "AlterCollectionReq.collectionName");
        this.collectionName = collectionName;
        this.databaseName = databaseName;
        this.properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** Builds an {@link AlterCollectionReq}; unset fields take the defaults documented on the getters. */
    public static class AlterCollectionReqBuilder {
        /**
         * Adds one property to those set so far (as the official builder's {@code property}).
         *
         * @param key the property key
         * @param value its value
         * @return this builder
         */
        public AlterCollectionReqBuilder property(String key, String value) {
            properties = Checks.with(properties, key, value);
            return this;
        }
    }

    @Override
    public String toString() {
        return "AlterCollectionReq{collectionName=" + collectionName + ", databaseName=" + databaseName
                + ", properties=" + properties + "}";
    }
}
