package io.partita.v2.service.collection.response;

import io.partita.v2.internal.Checks;
import io.partita.v2.service.collection.ReplicaInfo;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.describeReplicas} answers: one entry per in-memory replica.
 *
 * <p>Immutable: made by the client from the server's answer; lists are unmodifiable.
 */
@Getter
public final class DescribeReplicasResp {
    /** The replicas. */
    private final List<ReplicaInfo> replicas;

    @Builder
    private DescribeReplicasResp(List<ReplicaInfo> replicas) {
        this.replicas = Checks.copy(replicas);
    }

    @Override
    public String toString() {
        return "DescribeReplicasResp{replicas=" + replicas + "}";
    }
}
