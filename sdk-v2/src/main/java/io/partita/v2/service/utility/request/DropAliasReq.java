package io.partita.v2.service.utility.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Removes an alias ({@code MilvusClientV2.dropAlias}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DropAliasReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The alias (required). */
    private final String alias;

    @Builder
    private DropAliasReq(String databaseName, String alias) {
        Checks.notBlank(alias, "DropAliasReq.alias");
        this.databaseName = databaseName;
        this.alias = alias;
    }

    /** Builds a {@link DropAliasReq}; unset fields take the defaults documented on the getters. */
    public static class DropAliasReqBuilder {}

    @Override
    public String toString() {
        return "DropAliasReq{" + "databaseName=" + databaseName + ", " + "alias=" + alias + "}";
    }
}
