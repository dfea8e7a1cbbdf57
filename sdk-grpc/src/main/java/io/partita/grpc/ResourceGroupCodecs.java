package io.partita.grpc;

import io.partita.common.resourcegroup.NodeInfo;
import io.partita.common.resourcegroup.ResourceGroupConfig;
import io.partita.common.resourcegroup.ResourceGroupLimit;
import io.partita.common.resourcegroup.ResourceGroupTransfer;
import io.partita.model.DescribeResourceGroupResponse;
import io.partita.model.ListResourceGroupsResponse;
import io.partita.model.ResourceGroup;
import io.partita.transport.Operations;
import io.partita.wire.CreateResourceGroupRequest;
import io.partita.wire.DescribeResourceGroupRequest;
import io.partita.wire.DropResourceGroupRequest;
import io.partita.wire.ListResourceGroupsRequest;
import io.partita.wire.TransferNodeRequest;
import io.partita.wire.TransferReplicaRequest;
import io.partita.wire.UpdateResourceGroupsRequest;
import java.util.stream.Collectors;

/**
 * Codecs of the resource-group RPCs: create, drop, update, list, describe, TransferNode,
 * TransferReplica, with the configuration values of {@code io.partita.common.resourcegroup} turned
 * into the protocol's {@code rg.ResourceGroupConfig} and back.
 */
final class ResourceGroupCodecs {
    private ResourceGroupCodecs() {}

    static void register(CodecTable t) {
        t.put(Operations.CREATE_RESOURCE_GROUP, (stub, p, db) -> {
            CreateResourceGroupRequest.Builder r =
                    CreateResourceGroupRequest.newBuilder().setResourceGroup(p.getGroupName());
            if (p.getConfig() != null) {
                r.setConfig(wire(p.getConfig()));
            }
            return WireValues.status(stub.createResourceGroup(r.build()));
        });
        t.put(
                Operations.DROP_RESOURCE_GROUP,
                (stub, p, db) -> WireValues.status(stub.dropResourceGroup(DropResourceGroupRequest.newBuilder()
                        .setResourceGroup(p.getGroupName())
                        .build())));
        t.put(Operations.UPDATE_RESOURCE_GROUPS, (stub, p, db) -> {
            UpdateResourceGroupsRequest.Builder r = UpdateResourceGroupsRequest.newBuilder();
            p.getResourceGroups().forEach((name, config) -> r.putResourceGroups(name, wire(config)));
            return WireValues.status(stub.updateResourceGroups(r.build()));
        });
        t.put(
                Operations.TRANSFER_NODE,
                (stub, p, db) -> WireValues.status(stub.transferNode(TransferNodeRequest.newBuilder()
                        .setSourceResourceGroup(p.getSourceGroupName())
                        .setTargetResourceGroup(p.getTargetGroupName())
                        .setNumNode(p.getNodeNumber())
                        .build())));
        t.put(Operations.TRANSFER_REPLICA, (stub, p, db) -> {
            TransferReplicaRequest.Builder r = TransferReplicaRequest.newBuilder()
                    .setSourceResourceGroup(p.getSourceGroupName())
                    .setTargetResourceGroup(p.getTargetGroupName())
                    .setCollectionName(p.getCollectionName())
                    .setNumReplica(p.getReplicaNumber());
            if (p.getDatabaseName() != null) {
                r.setDbName(p.getDatabaseName());
            }
            return WireValues.status(stub.transferReplica(r.build()));
        });
        t.put(Operations.LIST_RESOURCE_GROUPS, (stub, p, db) -> {
            io.partita.wire.ListResourceGroupsResponse r =
                    stub.listResourceGroups(ListResourceGroupsRequest.getDefaultInstance());
            return ListResourceGroupsResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .addAllResourceGroups(r.getResourceGroupsList())
                    .build();
        });
        t.put(Operations.DESCRIBE_RESOURCE_GROUP, (stub, p, db) -> {
            io.partita.wire.DescribeResourceGroupResponse r =
                    stub.describeResourceGroup(DescribeResourceGroupRequest.newBuilder()
                            .setResourceGroup(p.getGroupName())
                            .build());
            return DescribeResourceGroupResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setResourceGroup(group(r.getResourceGroup()))
                    .build();
        });
    }

    private static ResourceGroup group(io.partita.wire.ResourceGroup g) {
        ResourceGroup.Builder b = ResourceGroup.newBuilder()
                .setName(g.getName())
                .setCapacity(g.getCapacity())
                .setNumAvailableNode(g.getNumAvailableNode())
                .putAllNumLoadedReplica(g.getNumLoadedReplicaMap())
                .putAllNumOutgoingNode(g.getNumOutgoingNodeMap())
                .putAllNumIncomingNode(g.getNumIncomingNodeMap())
                .setConfig(config(g.getConfig()));
        g.getNodesList()
                .forEach(n -> b.addNodes(NodeInfo.builder()
                        .nodeId(n.getNodeId())
                        .address(n.getAddress())
                        .hostname(n.getHostname())
                        .build()));
        return b.build();
    }

    private static ResourceGroupConfig config(io.partita.wire.ResourceGroupConfig c) {
        return ResourceGroupConfig.newBuilder()
                .withRequests(new ResourceGroupLimit(c.getRequests().getNodeNum()))
                .withLimits(new ResourceGroupLimit(c.getLimits().getNodeNum()))
                .withFrom(c.getTransferFromList().stream()
                        .map(x -> new ResourceGroupTransfer(x.getResourceGroup()))
                        .collect(Collectors.toList()))
                .withTo(c.getTransferToList().stream()
                        .map(x -> new ResourceGroupTransfer(x.getResourceGroup()))
                        .collect(Collectors.toList()))
                .build();
    }

    private static io.partita.wire.ResourceGroupConfig wire(ResourceGroupConfig c) {
        io.partita.wire.ResourceGroupConfig.Builder b = io.partita.wire.ResourceGroupConfig.newBuilder()
                .setRequests(io.partita.wire.ResourceGroupLimit.newBuilder()
                        .setNodeNum(c.getRequests().getNodeNum()))
                .setLimits(io.partita.wire.ResourceGroupLimit.newBuilder()
                        .setNodeNum(c.getLimits().getNodeNum()));
        c.getFrom()
                .forEach(x -> b.addTransferFrom(
                        io.partita.wire.ResourceGroupTransfer.newBuilder().setResourceGroup(x.getResourceGroupName())));
        c.getTo()
                .forEach(x -> b.addTransferTo(
                        io.partita.wire.ResourceGroupTransfer.newBuilder().setResourceGroup(x.getResourceGroupName())));
        return b.build();
    }
}
