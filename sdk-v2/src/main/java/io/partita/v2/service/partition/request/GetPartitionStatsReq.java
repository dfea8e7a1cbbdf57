package io.partita.v2.service.partition.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Asks for a partition's statistics, e.g. its row count ({@code MilvusClientV2.getPartitionStats}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class GetPartitionStatsReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The partition (required). */
    private final String partitionName;

    @Builder
    private GetPartitionStatsReq(String databaseName, String collectionName, String partitionName) {
        Checks.notBlank(collectionName, "GetPartitionStatsReq.collectionName");
        Checks.notBlank(partitionName, "GetPartitionStatsReq.partitionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionName = partitionName;
    }

    /** Builds a {@link GetPartitionStatsReq}; unset fields take the defaults documented on the getters. */
    public static class GetPartitionStatsReqBuilder {}

    @Override
    public String toString() {
        return "GetPartitionStatsReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "partitionName=" + partitionName + "}";
    }
}
