package io.partita.v2.service.database.request;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Removes database properties ({@code MilvusClientV2.dropDatabaseProperties}; Milvus 2.5+).
 *
 * <p>Immutable: the list is copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DropDatabasePropertiesReq {
    /** The database (required). */
    private final String databaseName;
    /** The property keys to remove; empty by default. */
    private final List<String> propertyKeys;

    @Builder
    private DropDatabasePropertiesReq(String databaseName, List<String> propertyKeys) {
        Checks.notBlank(databaseName, "DropDatabasePropertiesReq.databaseName");
        this.databaseName = databaseName;
        this.propertyKeys = Checks.copy(propertyKeys);
    }

    /** Builds a {@link DropDatabasePropertiesReq}; unset fields take the defaults documented on the getters. */
    public static class DropDatabasePropertiesReqBuilder {}

    @Override
    public String toString() {
        return "DropDatabasePropertiesReq{databaseName=" + databaseName + ", propertyKeys=" + propertyKeys + "}";
    }
}
