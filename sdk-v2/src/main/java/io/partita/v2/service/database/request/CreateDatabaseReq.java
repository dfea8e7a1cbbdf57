package io.partita.v2.service.database.request;

import io.partita.v2.internal.Checks;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * Creates a database ({@code MilvusClientV2.createDatabase}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class CreateDatabaseReq {
    /** The database (required). */
    private final String databaseName;
    /** Database properties; empty by default. */
    private final Map<String, String> properties;

    @Builder
    private CreateDatabaseReq(String databaseName, Map<String, String> properties) {
        Checks.notBlank(databaseName, "CreateDatabaseReq.databaseName");
        this.databaseName = databaseName;
        this.properties = Checks.copy(properties);
    }

    /** Builds a {@link CreateDatabaseReq}; unset fields take the defaults documented on the getters. */
    public static class CreateDatabaseReqBuilder {}

    @Override
    public String toString() {
        return "CreateDatabaseReq{" + "databaseName=" + databaseName + ", " + "properties=" + properties + "}";
    }
}
