package io.partita.v2.service.partition.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Creates a partition in a collection ({@code MilvusClientV2.createPartition}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class CreatePartitionReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The partition (required). */
    private final String partitionName;

    @Builder
    private CreatePartitionReq(String databaseName, String collectionName, String partitionName) {
        Checks.notBlank(collectionName, "CreatePartitionReq.collectionName");
        Checks.notBlank(partitionName, "CreatePartitionReq.partitionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionName = partitionName;
    }

    /** Builds a {@link CreatePartitionReq}; unset fields take the defaults documented on the getters. */
    public static class CreatePartitionReqBuilder {}

    @Override
    public String toString() {
        return "CreatePartitionReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "partitionName=" + partitionName + "}";
    }
}
