package io.partita.v2.service.partition.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Asks whether a partition exists ({@code MilvusClientV2.hasPartition}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class HasPartitionReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The partition (required). */
    private final String partitionName;

    @Builder
    private HasPartitionReq(String databaseName, String collectionName, String partitionName) {
        Checks.notBlank(collectionName, "HasPartitionReq.collectionName");
        Checks.notBlank(partitionName, "HasPartitionReq.partitionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionName = partitionName;
    }

    /** Builds a {@link HasPartitionReq}; unset fields take the defaults documented on the getters. */
    public static class HasPartitionReqBuilder {}

    @Override
    public String toString() {
        return "HasPartitionReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "partitionName=" + partitionName + "}";
    }
}
