package io.partita.v2.service.utility.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Asks for a collection's persisted segments ({@code MilvusClientV2.getPersistentSegmentInfo}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class GetPersistentSegmentInfoReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;

    @Builder
    private GetPersistentSegmentInfoReq(String databaseName, String collectionName) {
        Checks.notBlank(collectionName, "GetPersistentSegmentInfoReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
    }

    /** Builds a {@link GetPersistentSegmentInfoReq}; unset fields take the defaults documented on the getters. */
    public static class GetPersistentSegmentInfoReqBuilder {}

    @Override
    public String toString() {
        return "GetPersistentSegmentInfoReq{databaseName=" + databaseName + ", collectionName=" + collectionName + "}";
    }
}
