package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.wire.CreateResourceGroupRequest;
import io.partita.wire.DescribeResourceGroupRequest;
import io.partita.wire.GetReplicasRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.ReplicaInfo;
import io.partita.wire.ResourceGroupConfig;
import io.partita.wire.ResourceGroupLimit;
import io.partita.wire.Status;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

@PartitaServer(profile = "milvus-2.6", queryNodes = 3)
class ResourceGroupsPageTest {
    private final DocPage page = DocPage.load("resource_groups.md");

    static List<ReplicaInfo> twoReplicasOnTheirOwnNodes(MilvusServiceGrpc.MilvusServiceBlockingStub milvus) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        milvus.createResourceGroup(CreateResourceGroupRequest.newBuilder()
            .setResourceGroup("rg_search")
            .setConfig(ResourceGroupConfig.newBuilder()
                .setRequests(ResourceGroupLimit.newBuilder().setNodeNum(2))   // takes 2 nodes
                .setLimits(ResourceGroupLimit.newBuilder().setNodeNum(2)))    // and no more
            .build());
        milvus.loadCollection(LoadCollectionRequest.newBuilder()
            .setCollectionName("book")
            .setReplicaNumber(2)
            .addResourceGroups("rg_search")                                    // both replicas there
            .build());
        List<ReplicaInfo> replicas = milvus.getReplicas(GetReplicasRequest.newBuilder()
                .setCollectionName("book")
                .build())
            .getReplicasList();                                                // 1 node each
        // end::java[]
        // spotless:on
        return replicas;
    }

    @Test
    void theJavaSnippetPlacesTwoReplicasOnTheGroupsTwoNodesAndTheDifferentConfigRowIsTheServersText(
            MilvusClient client, PartitaEndpoints endpoints) throws Exception {
        Books.createWithNovel(client);
        Books.insertNovels(client, 3);
        try (ProtocolChannel channel = new ProtocolChannel(endpoints)) {
            var milvus = channel.stub();

            List<ReplicaInfo> replicas = twoReplicasOnTheirOwnNodes(milvus);

            assertThat(replicas).hasSize(2).allSatisfy(r -> {
                assertThat(r.getResourceGroupName()).isEqualTo("rg_search");
                assertThat(r.getNodeIdsList()).hasSize(1);
            });
            assertThat(milvus.describeResourceGroup(DescribeResourceGroupRequest.newBuilder()
                                    .setResourceGroup("__default_resource_group")
                                    .build())
                            .getResourceGroup()
                            .getNumAvailableNode())
                    .isEqualTo(1);
            Status differentConfig = milvus.createResourceGroup(CreateResourceGroupRequest.newBuilder()
                    .setResourceGroup("rg_search")
                    .setConfig(ResourceGroupConfig.newBuilder()
                            .setRequests(ResourceGroupLimit.newBuilder().setNodeNum(1))
                            .setLimits(ResourceGroupLimit.newBuilder().setNodeNum(1)))
                    .build());
            assertThat(Files.readString(page.path()))
                    .contains("`" + differentConfig.getReason().replace("[rg=rg_search]", "[rg=%s]") + "`");
        }
    }
}
