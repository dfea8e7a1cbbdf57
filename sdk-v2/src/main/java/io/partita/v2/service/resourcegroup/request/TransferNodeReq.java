package io.partita.v2.service.resourcegroup.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Moves query nodes between resource groups ({@code MilvusClientV2.transferNode}); Milvus 2.3+.
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class TransferNodeReq {
    /** The group the nodes leave (required). */
    private final String sourceGroupName;
    /** The group the nodes join (required). */
    private final String targetGroupName;
    /** How many nodes move (required). */
    private final Integer numOfNodes;

    @Builder
    private TransferNodeReq(String sourceGroupName, String targetGroupName, Integer numOfNodes) {
        Checks.notBlank(sourceGroupName, "TransferNodeReq.sourceGroupName");
        Checks.notBlank(targetGroupName, "TransferNodeReq.targetGroupName");
        Checks.notNull(numOfNodes, "TransferNodeReq.numOfNodes");
        this.sourceGroupName = sourceGroupName;
        this.targetGroupName = targetGroupName;
        this.numOfNodes = numOfNodes;
    }

    /** Builds a {@link TransferNodeReq}. */
    public static class TransferNodeReqBuilder {}

    @Override
    public String toString() {
        return "TransferNodeReq{sourceGroupName=" + sourceGroupName + ", targetGroupName=" + targetGroupName
                + ", numOfNodes=" + numOfNodes + "}";
    }
}
