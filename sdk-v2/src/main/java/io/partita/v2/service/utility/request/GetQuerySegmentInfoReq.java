package io.partita.v2.service.utility.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Asks for a collection's segments in query-node memory ({@code MilvusClientV2.getQuerySegmentInfo}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class GetQuerySegmentInfoReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;

    @Builder
    private GetQuerySegmentInfoReq(String databaseName, String collectionName) {
        Checks.notBlank(collectionName, "GetQuerySegmentInfoReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
    }

    /** Builds a {@link GetQuerySegmentInfoReq}; unset fields take the defaults documented on the getters. */
    public static class GetQuerySegmentInfoReqBuilder {}

    @Override
    public String toString() {
        return "GetQuerySegmentInfoReq{databaseName=" + databaseName + ", collectionName=" + collectionName + "}";
    }
}
