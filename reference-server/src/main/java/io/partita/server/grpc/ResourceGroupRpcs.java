package io.partita.server.grpc;

import static io.partita.server.grpc.ServerRpc.status;
import static io.partita.server.grpc.ServerRpc.unary;
import static io.partita.wire.MilvusServiceGrpc.getCreateResourceGroupMethod;
import static io.partita.wire.MilvusServiceGrpc.getDescribeResourceGroupMethod;
import static io.partita.wire.MilvusServiceGrpc.getDropResourceGroupMethod;
import static io.partita.wire.MilvusServiceGrpc.getListResourceGroupsMethod;
import static io.partita.wire.MilvusServiceGrpc.getTransferNodeMethod;
import static io.partita.wire.MilvusServiceGrpc.getTransferReplicaMethod;
import static io.partita.wire.MilvusServiceGrpc.getUpdateResourceGroupsMethod;

import io.partita.server.engine.Engine;
import io.partita.server.model.ResourceGroupConfig;
import io.partita.server.model.ResourceGroupInfo;
import io.partita.wire.CreateResourceGroupRequest;
import io.partita.wire.DescribeResourceGroupRequest;
import io.partita.wire.DescribeResourceGroupResponse;
import io.partita.wire.DropResourceGroupRequest;
import io.partita.wire.ListResourceGroupsResponse;
import io.partita.wire.NodeInfo;
import io.partita.wire.ResourceGroup;
import io.partita.wire.ResourceGroupLimit;
import io.partita.wire.ResourceGroupTransfer;
import io.partita.wire.TransferNodeRequest;
import io.partita.wire.TransferReplicaRequest;
import io.partita.wire.UpdateResourceGroupsRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resource-group RPCs (Milvus 2.3+, gRPC only: Milvus 2.1's HTTP API has no routes for them):
 * create, drop, update, list, describe, TransferNode, TransferReplica. Served on profiles
 * milvus-2.3 and milvus-2.6; on milvus-2.1, as on Milvus 2.1, they answer UNIMPLEMENTED.
 */
final class ResourceGroupRpcs {
    private final Engine engine;

    ResourceGroupRpcs(Engine engine) {
        this.engine = engine;
    }

    List<ServerRpc<?, ?>> rpcs() {
        return List.of(
                status(getCreateResourceGroupMethod(), this::create),
                status(getDropResourceGroupMethod(), this::drop),
                status(getUpdateResourceGroupsMethod(), this::update),
                status(getTransferNodeMethod(), this::transferNode),
                status(getTransferReplicaMethod(), this::transferReplica),
                unary(getListResourceGroupsMethod(), r -> list()),
                unary(getDescribeResourceGroupMethod(), this::describe));
    }

    void create(CreateResourceGroupRequest r) {
        engine.createResourceGroup(r.getResourceGroup(), r.hasConfig() ? config(r.getConfig()) : null);
    }

    void drop(DropResourceGroupRequest r) {
        engine.dropResourceGroup(r.getResourceGroup());
    }

    void update(UpdateResourceGroupsRequest r) {
        Map<String, ResourceGroupConfig> configs = new LinkedHashMap<>();
        r.getResourceGroupsMap().forEach((name, c) -> configs.put(name, config(c)));
        engine.updateResourceGroups(configs);
    }

    void transferNode(TransferNodeRequest r) {
        engine.transferNode(r.getSourceResourceGroup(), r.getTargetResourceGroup(), r.getNumNode());
    }

    void transferReplica(TransferReplicaRequest r) {
        engine.transferReplica(
                r.getSourceResourceGroup(), r.getTargetResourceGroup(), r.getCollectionName(), r.getNumReplica());
    }

    ListResourceGroupsResponse list() {
        return ListResourceGroupsResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .addAllResourceGroups(engine.listResourceGroups())
                .build();
    }

    DescribeResourceGroupResponse describe(DescribeResourceGroupRequest r) {
        ResourceGroupInfo info = engine.describeResourceGroup(r.getResourceGroup());
        ResourceGroup.Builder g = ResourceGroup.newBuilder()
                .setName(info.name())
                .setCapacity(info.capacity())
                .setNumAvailableNode(info.nodeIds().size())
                .putAllNumLoadedReplica(info.loadedReplicas())
                .setConfig(wire(info.config()));
        for (long id : info.nodeIds()) {
            g.addNodes(NodeInfo.newBuilder()
                    .setNodeId(id)
                    .setAddress("localhost:" + (21123 + id))
                    .setHostname("querynode" + id));
        }
        return DescribeResourceGroupResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setResourceGroup(g)
                .build();
    }

    private static ResourceGroupConfig config(io.partita.wire.ResourceGroupConfig c) {
        return new ResourceGroupConfig(
                c.getRequests().getNodeNum(),
                c.getLimits().getNodeNum(),
                c.getTransferFromList().stream()
                        .map(ResourceGroupTransfer::getResourceGroup)
                        .toList(),
                c.getTransferToList().stream()
                        .map(ResourceGroupTransfer::getResourceGroup)
                        .toList());
    }

    private static io.partita.wire.ResourceGroupConfig wire(ResourceGroupConfig c) {
        io.partita.wire.ResourceGroupConfig.Builder b = io.partita.wire.ResourceGroupConfig.newBuilder()
                .setRequests(ResourceGroupLimit.newBuilder().setNodeNum(c.requests()))
                .setLimits(ResourceGroupLimit.newBuilder().setNodeNum(c.limits()));
        c.transferFrom()
                .forEach(n ->
                        b.addTransferFrom(ResourceGroupTransfer.newBuilder().setResourceGroup(n)));
        c.transferTo()
                .forEach(n -> b.addTransferTo(ResourceGroupTransfer.newBuilder().setResourceGroup(n)));
        return b.build();
    }
}
