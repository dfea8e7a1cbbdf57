package io.partita.v2.service.resourcegroup.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Moves replicas of a loaded collection between resource groups
 * ({@code MilvusClientV2.transferReplica}); Milvus 2.3+.
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class TransferReplicaReq {
    /** The group the replicas leave (required). */
    private final String sourceGroupName;
    /** The group the replicas join (required). */
    private final String targetGroupName;
    /** The loaded collection (required). */
    private final String collectionName;
    /** The collection's database; {@code null} for the client's. */
    private final String databaseName;
    /** How many replicas move (required). */
    private final Long numberOfReplicas;

    @Builder
    private TransferReplicaReq(
            String sourceGroupName,
            String targetGroupName,
            String collectionName,
            String databaseName,
            Long numberOfReplicas) {
        Checks.notBlank(sourceGroupName, "TransferReplicaReq.sourceGroupName");
        Checks.notBlank(targetGroupName, "TransferReplicaReq.targetGroupName");
        Checks.notBlank(collectionName, "TransferReplicaReq.collectionName");
        Checks.notNull(numberOfReplicas, "TransferReplicaReq.numberOfReplicas");
        this.sourceGroupName = sourceGroupName;
        this.targetGroupName = targetGroupName;
        this.collectionName = collectionName;
        this.databaseName = databaseName;
        this.numberOfReplicas = numberOfReplicas;
    }

    /** Builds a {@link TransferReplicaReq}. */
    public static class TransferReplicaReqBuilder {}

    @Override
    public String toString() {
        return "TransferReplicaReq{sourceGroupName=" + sourceGroupName + ", targetGroupName=" + targetGroupName
                + ", collectionName=" + collectionName + ", numberOfReplicas=" + numberOfReplicas + "}";
    }
}
