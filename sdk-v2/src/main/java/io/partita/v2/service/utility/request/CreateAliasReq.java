package io.partita.v2.service.utility.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Gives a collection another name ({@code MilvusClientV2.createAlias}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class CreateAliasReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The alias (required). */
    private final String alias;

    @Builder
    private CreateAliasReq(String databaseName, String collectionName, String alias) {
        Checks.notBlank(collectionName, "CreateAliasReq.collectionName");
        Checks.notBlank(alias, "CreateAliasReq.alias");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.alias = alias;
    }

    /** Builds a {@link CreateAliasReq}; unset fields take the defaults documented on the getters. */
    public static class CreateAliasReqBuilder {}

    @Override
    public String toString() {
        return "CreateAliasReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "alias=" + alias + "}";
    }
}
