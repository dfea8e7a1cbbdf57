package io.partita.param.resourcegroup;

import io.partita.exception.ParamException;
import io.partita.param.ParamUtils;

/**
 * Moves query nodes from one resource group to another ({@code MilvusClient.transferNode}); Milvus
 * 2.3+ (deprecated by 2.4's configurations, still served).
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} naming an empty group name or a node number below 1
 * (the official builder's rule, milvus-sdk-java {@code TransferNodeParam}).
 */
public final class TransferNodeParam {
    private final String sourceGroupName;
    private final String targetGroupName;
    private final int nodeNumber;

    private TransferNodeParam(Builder b) {
        this.sourceGroupName =
                ParamUtils.checkNotEmpty(b.sourceGroupName, "sourceGroupName").trim();
        this.targetGroupName =
                ParamUtils.checkNotEmpty(b.targetGroupName, "targetGroupName").trim();
        if (b.nodeNumber <= 0) {
            throw new ParamException("nodeNumber must be greater than zero, got " + b.nodeNumber);
        }
        this.nodeNumber = b.nodeNumber;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the group the nodes leave */
    public String getSourceGroupName() {
        return sourceGroupName;
    }

    /** @return the group the nodes join */
    public String getTargetGroupName() {
        return targetGroupName;
    }

    /** @return how many nodes move */
    public int getNodeNumber() {
        return nodeNumber;
    }

    @Override
    public String toString() {
        return "TransferNodeParam{sourceGroupName=" + sourceGroupName + ", targetGroupName=" + targetGroupName
                + ", nodeNumber=" + nodeNumber + "}";
    }

    /** Builder for {@link TransferNodeParam}; not thread-safe. */
    public static final class Builder {
        private String sourceGroupName;
        private String targetGroupName;
        private int nodeNumber;

        private Builder() {}

        /**
         * @param groupName the group the nodes leave; required
         * @return this builder
         */
        public Builder withSourceGroupName(String groupName) {
            this.sourceGroupName = groupName;
            return this;
        }

        /**
         * @param groupName the group the nodes join; required
         * @return this builder
         */
        public Builder withTargetGroupName(String groupName) {
            this.targetGroupName = groupName;
            return this;
        }

        /**
         * @param nodeNumber how many nodes move; at least 1
         * @return this builder
         */
        public Builder withNodeNumber(Integer nodeNumber) {
            this.nodeNumber = ParamUtils.checkNotNull(nodeNumber, "nodeNumber");
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public TransferNodeParam build() {
            return new TransferNodeParam(this);
        }
    }
}
