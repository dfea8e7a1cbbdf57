package io.partita.v2.service.database.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Describes a database ({@code MilvusClientV2.describeDatabase}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DescribeDatabaseReq {
    /** The database (required). */
    private final String databaseName;

    @Builder
    private DescribeDatabaseReq(String databaseName) {
        Checks.notBlank(databaseName, "DescribeDatabaseReq.databaseName");
        this.databaseName = databaseName;
    }

    /** Builds a {@link DescribeDatabaseReq}. */
    public static class DescribeDatabaseReqBuilder {}

    @Override
    public String toString() {
        return "DescribeDatabaseReq{databaseName=" + databaseName + "}";
    }
}
