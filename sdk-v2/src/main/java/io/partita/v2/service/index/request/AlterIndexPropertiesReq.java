package io.partita.v2.service.index.request;

import io.partita.v2.internal.Checks;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * Sets index properties such as {@code mmap.enabled} ({@code MilvusClientV2.alterIndexProperties}).
 *
 * <p>Immutable: the map is copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class AlterIndexPropertiesReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The index (required by the server). */
    private final String indexName;
    /** The properties to set; empty by default. */
    private final Map<String, String> properties;

    @Builder
    private AlterIndexPropertiesReq(
            String databaseName, String collectionName, String indexName, Map<String, String> properties) {
        Checks.notBlank(collectionName, "AlterIndexPropertiesReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.indexName = indexName == null ? "" : indexName;
        this.properties = Checks.copy(properties);
    }

    /** Builds a {@link AlterIndexPropertiesReq}; unset fields take the defaults documented on the getters. */
    public static class AlterIndexPropertiesReqBuilder {
        /**
         * Adds one property to those set so far (as the official builder's {@code property}).
         *
         * @param key the property key
         * @param value its value
         * @return this builder
         */
        public AlterIndexPropertiesReqBuilder property(String key, String value) {
            properties = Checks.with(properties, key, value);
            return this;
        }
    }

    @Override
    public String toString() {
        return "AlterIndexPropertiesReq{databaseName=" + databaseName + ", collectionName=" + collectionName
                + ", indexName=" + indexName + ", properties=" + properties + "}";
    }
}
