package io.partita.v2.service.resourcegroup.response;

import io.partita.common.resourcegroup.NodeInfo;
import io.partita.common.resourcegroup.ResourceGroupConfig;
import java.util.List;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.describeResourceGroup} answers: the group's node counts, its replicas
 * and borrowed/lent nodes per collection, its configuration and its nodes.
 *
 * <p>Immutable: made by the client from the server's answer; maps and lists are unmodifiable.
 */
@Getter
public final class DescribeResourceGroupResp {
    /** The group. */
    private final String groupName;
    /** The number of nodes it holds. */
    private final Integer capacity;
    /** The number of nodes available in it. */
    private final Integer numberOfAvailableNode;
    /** Collection name → replicas loaded in the group. */
    private final Map<String, Integer> numberOfLoadedReplica;
    /** Collection name → nodes of other groups its replicas use. */
    private final Map<String, Integer> numberOfOutgoingNode;
    /** Collection name → nodes of the group other groups' replicas use. */
    private final Map<String, Integer> numberOfIncomingNode;
    /** Its configuration (Milvus 2.4+). */
    private final ResourceGroupConfig config;
    /** Its query nodes. */
    private final List<NodeInfo> nodes;

    @Builder
    private DescribeResourceGroupResp(
            String groupName,
            Integer capacity,
            Integer numberOfAvailableNode,
            Map<String, Integer> numberOfLoadedReplica,
            Map<String, Integer> numberOfOutgoingNode,
            Map<String, Integer> numberOfIncomingNode,
            ResourceGroupConfig config,
            List<NodeInfo> nodes) {
        this.groupName = groupName;
        this.capacity = capacity;
        this.numberOfAvailableNode = numberOfAvailableNode;
        this.numberOfLoadedReplica = numberOfLoadedReplica == null ? Map.of() : Map.copyOf(numberOfLoadedReplica);
        this.numberOfOutgoingNode = numberOfOutgoingNode == null ? Map.of() : Map.copyOf(numberOfOutgoingNode);
        this.numberOfIncomingNode = numberOfIncomingNode == null ? Map.of() : Map.copyOf(numberOfIncomingNode);
        this.config = config;
        this.nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }

    @Override
    public String toString() {
        return "DescribeResourceGroupResp{groupName=" + groupName + ", capacity=" + capacity
                + ", numberOfAvailableNode=" + numberOfAvailableNode + ", numberOfLoadedReplica="
                + numberOfLoadedReplica + ", config=" + config + ", nodes=" + nodes + "}";
    }
}
