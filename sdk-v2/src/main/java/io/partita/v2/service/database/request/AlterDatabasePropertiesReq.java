package io.partita.v2.service.database.request;

import io.partita.v2.internal.Checks;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * Sets database properties ({@code MilvusClientV2.alterDatabaseProperties}).
 *
 * <p>Immutable: the map is copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class AlterDatabasePropertiesReq {
    /** The database (required). */
    private final String databaseName;
    /** The properties to set; empty by default. */
    private final Map<String, String> properties;

    @Builder
    private AlterDatabasePropertiesReq(String databaseName, Map<String, String> properties) {
        Checks.notBlank(databaseName, "AlterDatabasePropertiesReq.databaseName");
        this.databaseName = databaseName;
        this.properties = Checks.copy(properties);
    }

    /** Builds a {@link AlterDatabasePropertiesReq}; unset fields take the defaults documented on the getters. */
    public static class AlterDatabasePropertiesReqBuilder {
        /**
         * Adds one property to those set so far (as the official builder's {@code property}).
         *
         * @param key the property key
         * @param value its value
         * @return this builder
         */
        public AlterDatabasePropertiesReqBuilder property(String key, String value) {
            properties = Checks.with(properties, key, value);
            return this;
        }
    }

    @Override
    public String toString() {
        return "AlterDatabasePropertiesReq{databaseName=" + databaseName + ", properties=" + properties + "}";
    }
}
