package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Asks for a loaded collection's replicas ({@code MilvusClientV2.describeReplicas}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DescribeReplicasReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;

    @Builder
    private DescribeReplicasReq(String databaseName, String collectionName) {
        Checks.notBlank(collectionName, "DescribeReplicasReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
    }

    /** Builds a {@link DescribeReplicasReq}; unset fields take the defaults documented on the getters. */
    public static class DescribeReplicasReqBuilder {}

    @Override
    public String toString() {
        return "DescribeReplicasReq{databaseName=" + databaseName + ", collectionName=" + collectionName + "}";
    }
}
