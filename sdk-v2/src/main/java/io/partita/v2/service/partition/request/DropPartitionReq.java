package io.partita.v2.service.partition.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Drops a partition and its data ({@code MilvusClientV2.dropPartition}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DropPartitionReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The partition (required). */
    private final String partitionName;

    @Builder
    private DropPartitionReq(String databaseName, String collectionName, String partitionName) {
        Checks.notBlank(collectionName, "DropPartitionReq.collectionName");
        Checks.notBlank(partitionName, "DropPartitionReq.partitionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionName = partitionName;
    }

    /** Builds a {@link DropPartitionReq}; unset fields take the defaults documented on the getters. */
    public static class DropPartitionReqBuilder {}

    @Override
    public String toString() {
        return "DropPartitionReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "partitionName=" + partitionName + "}";
    }
}
