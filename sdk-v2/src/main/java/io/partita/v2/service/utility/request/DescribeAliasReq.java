package io.partita.v2.service.utility.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Describes an alias: the collection it names ({@code MilvusClientV2.describeAlias}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DescribeAliasReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The alias (required). */
    private final String alias;

    @Builder
    private DescribeAliasReq(String databaseName, String alias) {
        Checks.notBlank(alias, "DescribeAliasReq.alias");
        this.databaseName = databaseName;
        this.alias = alias;
    }

    /** Builds a {@link DescribeAliasReq}; unset fields take the defaults documented on the getters. */
    public static class DescribeAliasReqBuilder {}

    @Override
    public String toString() {
        return "DescribeAliasReq{databaseName=" + databaseName + ", alias=" + alias + "}";
    }
}
