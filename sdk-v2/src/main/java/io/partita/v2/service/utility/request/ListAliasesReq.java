package io.partita.v2.service.utility.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Lists the aliases of a collection ({@code MilvusClientV2.listAliases}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class ListAliasesReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;

    @Builder
    private ListAliasesReq(String databaseName, String collectionName) {
        Checks.notBlank(collectionName, "ListAliasesReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
    }

    /** Builds a {@link ListAliasesReq}; unset fields take the defaults documented on the getters. */
    public static class ListAliasesReqBuilder {}

    @Override
    public String toString() {
        return "ListAliasesReq{databaseName=" + databaseName + ", collectionName=" + collectionName + "}";
    }
}
