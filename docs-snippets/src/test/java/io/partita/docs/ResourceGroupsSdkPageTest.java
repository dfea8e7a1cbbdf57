package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.common.resourcegroup.ResourceGroupConfig;
import io.partita.common.resourcegroup.ResourceGroupLimit;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.model.ResourceGroup;
import io.partita.param.resourcegroup.CreateResourceGroupParam;
import io.partita.param.resourcegroup.DescribeResourceGroupParam;
import io.partita.param.resourcegroup.DropResourceGroupParam;
import io.partita.param.resourcegroup.TransferNodeParam;
import io.partita.param.resourcegroup.UpdateResourceGroupsParam;
import io.partita.v2.client.ConnectConfig;
import io.partita.v2.client.MilvusClientV2;
import io.partita.v2.service.resourcegroup.request.CreateResourceGroupReq;
import io.partita.v2.service.resourcegroup.request.DescribeResourceGroupReq;
import io.partita.v2.service.resourcegroup.request.DropResourceGroupReq;
import io.partita.v2.service.resourcegroup.request.ListResourceGroupsReq;
import io.partita.v2.service.resourcegroup.request.UpdateResourceGroupsReq;
import io.partita.v2.service.resourcegroup.response.DescribeResourceGroupResp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SDK snippets of resource_groups.md (V2 and V1 API), run against a server with three query nodes. */
@PartitaServer(profile = "milvus-2.6", queryNodes = 3)
class ResourceGroupsSdkPageTest {
    static DescribeResourceGroupResp withTheV2Api(String uri) throws InterruptedException {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::v2[]
        MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        client.createResourceGroup(CreateResourceGroupReq.builder()
            .groupName("rg_batch")
            .config(ResourceGroupConfig.newBuilder()
                .withRequests(new ResourceGroupLimit(1))                     // takes 1 node
                .withLimits(new ResourceGroupLimit(1))                       // and no more
                .build())
            .build());
        List<String> groups = client.listResourceGroups(ListResourceGroupsReq.builder().build())
            .getGroupNames();                                    // [__default_resource_group, rg_batch]
        DescribeResourceGroupResp batch = client.describeResourceGroup(DescribeResourceGroupReq.builder()
            .groupName("rg_batch")
            .build());                                                       // 1 available node
        client.updateResourceGroups(UpdateResourceGroupsReq.builder()        // give the node back
            .resourceGroups(Map.of("rg_batch", ResourceGroupConfig.newBuilder()
                .withRequests(new ResourceGroupLimit(0))
                .withLimits(new ResourceGroupLimit(0))
                .build()))
            .build());
        client.dropResourceGroup(DropResourceGroupReq.builder().groupName("rg_batch").build());
        client.close();
        // end::v2[]
        // spotless:on
        assertThat(groups).contains("__default_resource_group", "rg_batch");
        return batch;
    }

    static int withTheV1Api(MilvusClient client) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::v1[]
        client.createResourceGroup(CreateResourceGroupParam.newBuilder()
            .withGroupName("rg_v1")
            .build());                                                       // no requests, no limits
        client.transferNode(TransferNodeParam.newBuilder()
            .withSourceGroupName("__default_resource_group")
            .withTargetGroupName("rg_v1")
            .withNodeNumber(1)
            .build());
        ResourceGroup rg = client.describeResourceGroup(DescribeResourceGroupParam.newBuilder()
                .withGroupName("rg_v1")
                .build())
            .getData()
            .getResourceGroup();                                             // 1 available node
        // end::v1[]
        // spotless:on
        client.updateResourceGroups(UpdateResourceGroupsParam.newBuilder()
                .putResourceGroup(
                        "rg_v1",
                        ResourceGroupConfig.newBuilder()
                                .withRequests(new ResourceGroupLimit(0))
                                .withLimits(new ResourceGroupLimit(0))
                                .build())
                .build());
        client.dropResourceGroup(
                DropResourceGroupParam.newBuilder().withGroupName("rg_v1").build());
        return rg.getNumAvailableNode();
    }

    @Test
    void theSdkSnippetsCreateDescribeAndDropAGroup(MilvusClient client, PartitaEndpoints endpoints) throws Exception {
        DescribeResourceGroupResp batch = withTheV2Api(endpoints.grpcUri().toString());
        assertThat(batch.getNumberOfAvailableNode()).isEqualTo(1);
        assertThat(batch.getConfig().getLimits().getNodeNum()).isEqualTo(1);
        assertThat(withTheV1Api(client)).isEqualTo(1);
    }
}
