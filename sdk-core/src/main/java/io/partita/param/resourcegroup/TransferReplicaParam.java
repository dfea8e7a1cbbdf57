package io.partita.param.resourcegroup;

import io.partita.exception.ParamException;
import io.partita.param.ParamUtils;

/**
 * Moves replicas of a loaded collection from one resource group to another
 * ({@code MilvusClient.transferReplica}); Milvus 2.3+.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} throws a
 * {@link io.partita.exception.ParamException} naming an empty name or a replica number below 1
 * (the official builder's rule, milvus-sdk-java {@code TransferReplicaParam}).
 */
public final class TransferReplicaParam {
    private final String sourceGroupName;
    private final String targetGroupName;
    private final String collectionName;
    private final String databaseName;
    private final long replicaNumber;

    private TransferReplicaParam(Builder b) {
        this.sourceGroupName =
                ParamUtils.checkNotEmpty(b.sourceGroupName, "sourceGroupName").trim();
        this.targetGroupName =
                ParamUtils.checkNotEmpty(b.targetGroupName, "targetGroupName").trim();
        this.collectionName =
                ParamUtils.checkNotEmpty(b.collectionName, "collectionName").trim();
        this.databaseName = b.databaseName;
        if (b.replicaNumber <= 0) {
            throw new ParamException("replicaNumber must be greater than zero, got " + b.replicaNumber);
        }
        this.replicaNumber = b.replicaNumber;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the group the replicas leave */
    public String getSourceGroupName() {
        return sourceGroupName;
    }

    /** @return the group the replicas join */
    public String getTargetGroupName() {
        return targetGroupName;
    }

    /** @return the loaded collection whose replicas move */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return the collection's database, or {@code null} for the connection's */
    public String getDatabaseName() {
        return databaseName;
    }

    /** @return how many replicas move */
    public long getReplicaNumber() {
        return replicaNumber;
    }

    @Override
    public String toString() {
        return "TransferReplicaParam{sourceGroupName=" + sourceGroupName + ", targetGroupName=" + targetGroupName
                + ", collectionName=" + collectionName
                + (databaseName == null ? "" : ", databaseName=" + databaseName) + ", replicaNumber="
                + replicaNumber + "}";
    }

    /** Builder for {@link TransferReplicaParam}; not thread-safe. */
    public static final class Builder {
        private String sourceGroupName;
        private String targetGroupName;
        private String collectionName;
        private String databaseName;
        private long replicaNumber;

        private Builder() {}

        /**
         * @param groupName the group the replicas leave; required
         * @return this builder
         */
        public Builder withSourceGroupName(String groupName) {
            this.sourceGroupName = groupName;
            return this;
        }

        /**
         * @param groupName the group the replicas join; required
         * @return this builder
         */
        public Builder withTargetGroupName(String groupName) {
            this.targetGroupName = groupName;
            return this;
        }

        /**
         * @param collectionName the loaded collection; required
         * @return this builder
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }

        /**
         * @param databaseName the collection's database; optional (the connection's)
         * @return this builder
         */
        public Builder withDatabaseName(String databaseName) {
            this.databaseName = databaseName;
            return this;
        }

        /**
         * @param replicaNumber how many replicas move; at least 1
         * @return this builder
         */
        public Builder withReplicaNumber(Long replicaNumber) {
            this.replicaNumber = ParamUtils.checkNotNull(replicaNumber, "replicaNumber");
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public TransferReplicaParam build() {
            return new TransferReplicaParam(this);
        }
    }
}
