package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.client.MilvusServiceClient;
import io.partita.common.resourcegroup.NodeInfo;
import io.partita.common.resourcegroup.ResourceGroupConfig;
import io.partita.common.resourcegroup.ResourceGroupLimit;
import io.partita.common.resourcegroup.ResourceGroupTransfer;
import io.partita.model.ResourceGroup;
import io.partita.param.ConnectParam;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.resourcegroup.CreateResourceGroupParam;
import io.partita.param.resourcegroup.DescribeResourceGroupParam;
import io.partita.param.resourcegroup.DropResourceGroupParam;
import io.partita.param.resourcegroup.ListResourceGroupsParam;
import io.partita.param.resourcegroup.TransferNodeParam;
import io.partita.param.resourcegroup.TransferReplicaParam;
import io.partita.param.resourcegroup.UpdateResourceGroupsParam;
import io.partita.server.model.Profile;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.ReleaseCollectionReq;
import io.partita.v2.service.resourcegroup.request.CreateResourceGroupReq;
import io.partita.v2.service.resourcegroup.request.DescribeResourceGroupReq;
import io.partita.v2.service.resourcegroup.request.DropResourceGroupReq;
import io.partita.v2.service.resourcegroup.request.ListResourceGroupsReq;
import io.partita.v2.service.resourcegroup.request.TransferNodeReq;
import io.partita.v2.service.resourcegroup.request.TransferReplicaReq;
import io.partita.v2.service.resourcegroup.request.UpdateResourceGroupsReq;
import io.partita.v2.service.resourcegroup.response.DescribeResourceGroupResp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The resource-group calls through both APIs against the real reference server (profile
 * milvus-2.6, four query nodes): V2's create/list/describe/update/transferNode/transferReplica/drop
 * over gRPC, V1's {@code MilvusServiceClient} calls over the same sdk-core operations, and the
 * server's refusals as typed failures.
 */
class ResourceGroupsV2Test {
    private static final String DEFAULT = "__default_resource_group";

    private static ResourceGroupConfig config(int requests, int limits) {
        return ResourceGroupConfig.newBuilder()
                .withRequests(new ResourceGroupLimit(requests))
                .withLimits(new ResourceGroupLimit(limits))
                .build();
    }

    @Test
    void v2ResourceGroupCallsRoundTrip() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6, 4)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            try {
                client.createResourceGroup(CreateResourceGroupReq.builder()
                        .groupName("rg1")
                        .config(ResourceGroupConfig.newBuilder()
                                .withRequests(new ResourceGroupLimit(2))
                                .withLimits(new ResourceGroupLimit(2))
                                .withFrom(List.of(new ResourceGroupTransfer(DEFAULT)))
                                .build())
                        .build());
                assertThat(client.listResourceGroups(
                                        ListResourceGroupsReq.builder().build())
                                .getGroupNames())
                        .containsExactlyInAnyOrder(DEFAULT, "rg1");

                DescribeResourceGroupResp rg1 = client.describeResourceGroup(
                        DescribeResourceGroupReq.builder().groupName("rg1").build());
                assertThat(rg1.getGroupName()).isEqualTo("rg1");
                assertThat(rg1.getNumberOfAvailableNode()).isEqualTo(2);
                assertThat(rg1.getNodes())
                        .hasSize(2)
                        .allSatisfy(n -> assertThat(n.getNodeId()).isPositive());
                assertThat(rg1.getConfig().getRequests().getNodeNum()).isEqualTo(2);
                assertThat(rg1.getConfig().getFrom())
                        .extracting(ResourceGroupTransfer::getResourceGroupName)
                        .containsExactly(DEFAULT);

                // a collection loaded in the default group; one replica moved to rg1 and shown there
                client.createCollection(CreateCollectionReq.builder()
                        .collectionName("book")
                        .dimension(4)
                        .build());
                client.transferReplica(TransferReplicaReq.builder()
                        .sourceGroupName(DEFAULT)
                        .targetGroupName("rg1")
                        .collectionName("book")
                        .numberOfReplicas(1L)
                        .build());
                assertThat(client.describeResourceGroup(DescribeResourceGroupReq.builder()
                                        .groupName("rg1")
                                        .build())
                                .getNumberOfLoadedReplica())
                        .containsEntry("book", 1);
                // rg1 holds a replica: the server refuses the drop, typed as SERVER_ERROR with its reason
                assertThatThrownBy(() -> client.dropResourceGroup(
                                DropResourceGroupReq.builder().groupName("rg1").build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("some replicas still loaded in resource group[rg1]")
                        .extracting(e -> ((MilvusClientException) e).getErrorCode())
                        .isEqualTo(ErrorCode.SERVER_ERROR);
                client.releaseCollection(
                        ReleaseCollectionReq.builder().collectionName("book").build());

                client.createResourceGroup(
                        CreateResourceGroupReq.builder().groupName("rg2").build());
                client.transferNode(TransferNodeReq.builder()
                        .sourceGroupName(DEFAULT)
                        .targetGroupName("rg2")
                        .numOfNodes(1)
                        .build());
                assertThat(client.describeResourceGroup(DescribeResourceGroupReq.builder()
                                        .groupName("rg2")
                                        .build())
                                .getNumberOfAvailableNode())
                        .isEqualTo(1);

                client.updateResourceGroups(UpdateResourceGroupsReq.builder()
                        .resourceGroups(Map.of("rg1", config(0, 0), "rg2", config(0, 0)))
                        .build());
                client.dropResourceGroup(
                        DropResourceGroupReq.builder().groupName("rg1").build());
                client.dropResourceGroup(
                        DropResourceGroupReq.builder().groupName("rg2").build());
                assertThat(client.listResourceGroups(
                                        ListResourceGroupsReq.builder().build())
                                .getGroupNames())
                        .containsExactly(DEFAULT);
                assertThat(client.describeResourceGroup(DescribeResourceGroupReq.builder()
                                        .groupName(DEFAULT)
                                        .build())
                                .getNumberOfAvailableNode())
                        .isEqualTo(4);

                assertThatThrownBy(() -> client.describeResourceGroup(DescribeResourceGroupReq.builder()
                                .groupName("nope")
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("resource group not found[rg=nope]");
                assertThatThrownBy(() -> CreateResourceGroupReq.builder().build())
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("groupName");
            } finally {
                client.close();
            }
        }
    }

    @Test
    void v1ResourceGroupCallsShareTheOperations() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6, 4)) {
            MilvusServiceClient v1 = new MilvusServiceClient(
                    ConnectParam.newBuilder().withUri(servers.grpcUri()).build());
            try {
                R<RpcStatus> created = v1.createResourceGroup(CreateResourceGroupParam.newBuilder()
                        .withGroupName("rg1")
                        .withConfig(config(1, 3))
                        .build());
                assertThat(created.getStatus()).isEqualTo(R.Status.Success.getCode());
                assertThat(v1.listResourceGroups(
                                        ListResourceGroupsParam.newBuilder().build())
                                .getData()
                                .getResourceGroupsList())
                        .containsExactlyInAnyOrder(DEFAULT, "rg1");
                assertThat(v1.transferNode(TransferNodeParam.newBuilder()
                                        .withSourceGroupName(DEFAULT)
                                        .withTargetGroupName("rg1")
                                        .withNodeNumber(1)
                                        .build())
                                .getStatus())
                        .isEqualTo(R.Status.Success.getCode());

                ResourceGroup g = v1.describeResourceGroup(DescribeResourceGroupParam.newBuilder()
                                .withGroupName("rg1")
                                .build())
                        .getData()
                        .getResourceGroup();
                assertThat(g.getName()).isEqualTo("rg1");
                assertThat(g.getNumAvailableNode()).isEqualTo(2);
                assertThat(g.getNodesList()).extracting(NodeInfo::getHostname).allMatch(h -> !h.isEmpty());
                assertThat(g.getConfig().getLimits().getNodeNum()).isEqualTo(3);

                // no replica of "nothing" anywhere: the server's refusal comes back in R
                R<RpcStatus> noReplica = v1.transferReplica(TransferReplicaParam.newBuilder()
                        .withSourceGroupName(DEFAULT)
                        .withTargetGroupName("rg1")
                        .withCollectionName("nothing")
                        .withReplicaNumber(1L)
                        .build());
                assertThat(noReplica.getStatus()).isNotEqualTo(R.Status.Success.getCode());

                assertThat(v1.updateResourceGroups(UpdateResourceGroupsParam.newBuilder()
                                        .putResourceGroup("rg1", config(0, 0))
                                        .build())
                                .getStatus())
                        .isEqualTo(R.Status.Success.getCode());
                assertThat(v1.dropResourceGroup(DropResourceGroupParam.newBuilder()
                                        .withGroupName("rg1")
                                        .build())
                                .getStatus())
                        .isEqualTo(R.Status.Success.getCode());
                R<RpcStatus> dropDefault = v1.dropResourceGroup(DropResourceGroupParam.newBuilder()
                        .withGroupName(DEFAULT)
                        .build());
                assertThat(dropDefault.getException()).hasMessageContaining("default resource group is not deletable");

                // params validate before sending, naming the field
                assertThatThrownBy(() -> TransferNodeParam.newBuilder()
                                .withSourceGroupName("a")
                                .withTargetGroupName("b")
                                .build())
                        .hasMessageContaining("nodeNumber");
                assertThatThrownBy(() -> UpdateResourceGroupsParam.newBuilder().build())
                        .hasMessageContaining("resourceGroups");
            } finally {
                v1.close();
            }
        }
    }

    @Test
    void restfulV2SendsResourceGroupsToItsRoutesAndTransferNodeStaysGrpcOnly() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6, 4)) {
            MilvusClientV2 rest = new MilvusClientV2(ConnectConfig.builder()
                    .uri(servers.httpUri() + "/v2/vectordb")
                    .build());
            try {
                rest.createResourceGroup(CreateResourceGroupReq.builder()
                        .groupName("web")
                        .config(ResourceGroupConfig.newBuilder()
                                .withRequests(new ResourceGroupLimit(1))
                                .withLimits(new ResourceGroupLimit(2))
                                .withTo(List.of(new ResourceGroupTransfer(DEFAULT)))
                                .build())
                        .build());
                assertThat(rest.listResourceGroups(
                                        ListResourceGroupsReq.builder().build())
                                .getGroupNames())
                        .containsExactlyInAnyOrder(DEFAULT, "web");
                DescribeResourceGroupResp web = rest.describeResourceGroup(
                        DescribeResourceGroupReq.builder().groupName("web").build());
                assertThat(web.getGroupName()).isEqualTo("web");
                assertThat(web.getNumberOfAvailableNode()).isEqualTo(1);
                assertThat(web.getNodes())
                        .singleElement()
                        .satisfies(n -> assertThat(n.getNodeId()).isPositive());
                assertThat(web.getConfig().getLimits().getNodeNum()).isEqualTo(2);
                assertThat(web.getConfig().getTo())
                        .extracting(ResourceGroupTransfer::getResourceGroupName)
                        .containsExactly(DEFAULT);

                rest.createCollection(CreateCollectionReq.builder()
                        .collectionName("page")
                        .dimension(4)
                        .build());
                rest.transferReplica(TransferReplicaReq.builder()
                        .sourceGroupName(DEFAULT)
                        .targetGroupName("web")
                        .collectionName("page")
                        .numberOfReplicas(1L)
                        .build());
                assertThat(rest.describeResourceGroup(DescribeResourceGroupReq.builder()
                                        .groupName("web")
                                        .build())
                                .getNumberOfLoadedReplica())
                        .containsEntry("page", 1);
                rest.releaseCollection(
                        ReleaseCollectionReq.builder().collectionName("page").build());

                // Milvus's RESTful v2 has no transfer_node route: UNIMPLEMENTED, typed
                assertThatThrownBy(() -> rest.transferNode(TransferNodeReq.builder()
                                .sourceGroupName(DEFAULT)
                                .targetGroupName("web")
                                .numOfNodes(1)
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("UNIMPLEMENTED")
                        .extracting(e -> ((MilvusClientException) e).getErrorCode())
                        .isEqualTo(ErrorCode.RPC_ERROR);

                rest.updateResourceGroups(UpdateResourceGroupsReq.builder()
                        .resourceGroups(Map.of("web", config(0, 0)))
                        .build());
                rest.dropResourceGroup(
                        DropResourceGroupReq.builder().groupName("web").build());
                assertThat(rest.listResourceGroups(
                                        ListResourceGroupsReq.builder().build())
                                .getGroupNames())
                        .containsExactly(DEFAULT);
                assertThatThrownBy(() -> rest.describeResourceGroup(DescribeResourceGroupReq.builder()
                                .groupName("nope")
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("resource group not found[rg=nope]");
            } finally {
                rest.close();
            }
        }
    }
}
