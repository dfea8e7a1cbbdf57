package io.partita.v2.service.database.request;

import io.partita.v2.internal.Checks;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * Sets database properties ({@code MilvusClientV2.alterDatabase}, deprecated in the official client in favour of {@link AlterDatabasePropertiesReq}).
 *
 * <p>Immutable: the map is copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class AlterDatabaseReq {
    /** The database (required). */
    private final String databaseName;
    /** The properties to set; empty by default. */
    private final Map<String, String> properties;

    @Builder
    private AlterDatabaseReq(String databaseName, Map<String, String> properties) {
        Checks.notBlank(databaseName, "AlterDatabaseReq.databaseName");
        this.databaseName = databaseName;
        this.properties = Checks.copy(properties);
    }

    /** Builds a {@link AlterDatabaseReq}; unset fields take the defaults documented on the getters. */
    public static class AlterDatabaseReqBuilder {}

    @Override
    public String toString() {
        return "AlterDatabaseReq{databaseName=" + databaseName + ", properties=" + properties + "}";
    }
}
