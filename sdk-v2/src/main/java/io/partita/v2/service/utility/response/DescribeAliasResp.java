package io.partita.v2.service.utility.response;

import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.describeAlias} answers.
 *
 * <p>Immutable: made by the client from the server's answer; lists are unmodifiable.
 */
@Getter
public final class DescribeAliasResp {
    /** The database of the alias. */
    private final String databaseName;
    /** The collection the alias names. */
    private final String collectionName;
    /** The alias. */
    private final String alias;

    @Builder
    private DescribeAliasResp(String databaseName, String collectionName, String alias) {
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.alias = alias;
    }

    @Override
    public String toString() {
        return "DescribeAliasResp{databaseName=" + databaseName + ", collectionName=" + collectionName + ", alias="
                + alias + "}";
    }
}
