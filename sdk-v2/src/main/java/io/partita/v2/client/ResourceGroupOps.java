package io.partita.v2.client;

import io.partita.model.ResourceGroup;
import io.partita.param.resourcegroup.CreateResourceGroupParam;
import io.partita.param.resourcegroup.DescribeResourceGroupParam;
import io.partita.param.resourcegroup.DropResourceGroupParam;
import io.partita.param.resourcegroup.ListResourceGroupsParam;
import io.partita.param.resourcegroup.TransferNodeParam;
import io.partita.param.resourcegroup.TransferReplicaParam;
import io.partita.param.resourcegroup.UpdateResourceGroupsParam;
import io.partita.v2.service.resourcegroup.request.CreateResourceGroupReq;
import io.partita.v2.service.resourcegroup.request.DescribeResourceGroupReq;
import io.partita.v2.service.resourcegroup.request.DropResourceGroupReq;
import io.partita.v2.service.resourcegroup.request.TransferNodeReq;
import io.partita.v2.service.resourcegroup.request.TransferReplicaReq;
import io.partita.v2.service.resourcegroup.request.UpdateResourceGroupsReq;
import io.partita.v2.service.resourcegroup.response.DescribeResourceGroupResp;
import io.partita.v2.service.resourcegroup.response.ListResourceGroupsResp;

/**
 * Resource-group calls of {@link MilvusClientV2}, over sdk-core's resource-group operations (the
 * same ones {@code MilvusServiceClient.createResourceGroup} and the others send).
 */
final class ResourceGroupOps {
    private ResourceGroupOps() {}

    static void create(Session s, CreateResourceGroupReq r) {
        Failures.orThrow(s.v1.createResourceGroup(Failures.params(() -> CreateResourceGroupParam.newBuilder()
                .withGroupName(r.getGroupName())
                .withConfig(r.getConfig())
                .build())));
    }

    static void drop(Session s, DropResourceGroupReq r) {
        Failures.orThrow(s.v1.dropResourceGroup(Failures.params(() -> DropResourceGroupParam.newBuilder()
                .withGroupName(r.getGroupName())
                .build())));
    }

    static void update(Session s, UpdateResourceGroupsReq r) {
        Failures.orThrow(s.v1.updateResourceGroups(Failures.params(() -> {
            UpdateResourceGroupsParam.Builder b = UpdateResourceGroupsParam.newBuilder();
            r.getResourceGroups().forEach(b::putResourceGroup);
            return b.build();
        })));
    }

    static ListResourceGroupsResp list(Session s) {
        return ListResourceGroupsResp.builder()
                .groupNames(Failures.orThrow(s.v1.listResourceGroups(
                                ListResourceGroupsParam.newBuilder().build()))
                        .getResourceGroupsList())
                .build();
    }

    static DescribeResourceGroupResp describe(Session s, DescribeResourceGroupReq r) {
        ResourceGroup g = Failures.orThrow(
                        s.v1.describeResourceGroup(Failures.params(() -> DescribeResourceGroupParam.newBuilder()
                                .withGroupName(r.getGroupName())
                                .build())))
                .getResourceGroup();
        return DescribeResourceGroupResp.builder()
                .groupName(g.getName().isEmpty() ? r.getGroupName() : g.getName())
                .capacity(g.getCapacity())
                .numberOfAvailableNode(g.getNumAvailableNode())
                .numberOfLoadedReplica(g.getNumLoadedReplicaMap())
                .numberOfOutgoingNode(g.getNumOutgoingNodeMap())
                .numberOfIncomingNode(g.getNumIncomingNodeMap())
                .config(g.getConfig())
                .nodes(g.getNodesList())
                .build();
    }

    static void transferNode(Session s, TransferNodeReq r) {
        Failures.orThrow(s.v1.transferNode(Failures.params(() -> TransferNodeParam.newBuilder()
                .withSourceGroupName(r.getSourceGroupName())
                .withTargetGroupName(r.getTargetGroupName())
                .withNodeNumber(r.getNumOfNodes())
                .build())));
    }

    static void transferReplica(Session s, TransferReplicaReq r) {
        Failures.orThrow(s.v1.transferReplica(Failures.params(() -> TransferReplicaParam.newBuilder()
                .withSourceGroupName(r.getSourceGroupName())
                .withTargetGroupName(r.getTargetGroupName())
                .withCollectionName(r.getCollectionName())
                .withDatabaseName(r.getDatabaseName())
                .withReplicaNumber(r.getNumberOfReplicas())
                .build())));
    }
}
