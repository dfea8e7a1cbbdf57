package io.partita.v2.service.database.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Drops an empty database ({@code MilvusClientV2.dropDatabase}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DropDatabaseReq {
    /** The database (required). */
    private final String databaseName;

    @Builder
    private DropDatabaseReq(String databaseName) {
        Checks.notBlank(databaseName, "DropDatabaseReq.databaseName");
        this.databaseName = databaseName;
    }

    /** Builds a {@link DropDatabaseReq}; unset fields take the defaults documented on the getters. */
    public static class DropDatabaseReqBuilder {}

    @Override
    public String toString() {
        return "DropDatabaseReq{" + "databaseName=" + databaseName + "}";
    }
}
