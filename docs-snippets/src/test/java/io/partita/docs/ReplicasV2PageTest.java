package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaServer;
import io.partita.v2.client.MilvusClientV2;
import io.partita.v2.service.collection.ReplicaInfo;
import io.partita.v2.service.collection.request.DescribeReplicasReq;
import io.partita.v2.service.collection.request.LoadCollectionReq;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The V2 snippet of replicas.md: two replicas, each on its own query node, each with its shards. */
@PartitaServer(queryNodes = 2, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class ReplicasV2PageTest {

    static List<ReplicaInfo> twoReplicas(MilvusClientV2 client) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::v2[]
        client.loadCollection(LoadCollectionReq.builder()
            .collectionName("book")
            .numReplicas(2)                                // needs 2 query nodes
            .build());
        List<ReplicaInfo> replicas = client.describeReplicas(DescribeReplicasReq.builder()
            .collectionName("book")
            .build())
            .getReplicas();
        // end::v2[]
        // spotless:on
        return replicas;
    }

    @BeforeEach
    void bookWithNovel(MilvusClient client) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 3);
    }

    @Test
    void theV2SnippetLoadsTwoReplicasOnTwoNodes(MilvusClientV2 client) {
        List<ReplicaInfo> replicas = twoReplicas(client);

        assertThat(replicas).hasSize(2);
        assertThat(replicas)
                .flatExtracting(ReplicaInfo::getNodeIDs)
                .doesNotHaveDuplicates()
                .hasSize(2);
        assertThat(replicas).allSatisfy(r -> {
            assertThat(r.getResourceGroupName()).isEqualTo("__default_resource_group");
            assertThat(r.getShardReplicas()).isNotEmpty();
        });
    }
}
