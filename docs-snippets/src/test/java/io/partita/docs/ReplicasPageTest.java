package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.model.ReplicaInfo;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.control.GetReplicasParam;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, queryNodes = 2, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class ReplicasPageTest {
    private final DocPage page = DocPage.load("replicas.md");

    static List<ReplicaInfo> twoReplicas(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        milvusClient.loadCollection(
            LoadCollectionParam.newBuilder()
                .withCollectionName("book")
                .withReplicaNumber(2)                  // needs 2 query nodes
                .build());
        List<ReplicaInfo> replicas = milvusClient.getReplicas(
            GetReplicasParam.newBuilder()
                .withCollectionName("book")
                .build())
            .orThrow().getReplicasList();
        // end::java[]
        // spotless:on
        return replicas;
    }

    @BeforeEach
    void bookWithNovel(MilvusClient client) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 3);
    }

    @Test
    void theJavaSnippetLoadsTwoReplicas(MilvusClient client) {
        assertThat(twoReplicas(client)).hasSize(2);
    }

    @Test
    void theCliSnippetLoadsTwoReplicas(MilvusClient client, PartitaEndpoints endpoints) {
        new Runner(endpoints).cli(page.runBlock("cli"));

        assertThat(client.getReplicas(GetReplicasParam.newBuilder()
                                .withCollectionName("book")
                                .build())
                        .orThrow()
                        .getReplicasList())
                .hasSize(2);
    }

    @Test
    void theCurlSnippetLoadsTwoReplicas(MilvusClient client, PartitaEndpoints endpoints) throws Exception {
        DocPage.Block curl = page.runBlock("curl");

        assertThat(new Runner(endpoints).curl(curl).toString())
                .isEqualTo(page.outputOf(curl).text().strip());
    }

    @Test
    void moreReplicasThanNodesIsTheErrorThePageNames(MilvusClient client) {
        String message = Books.reason(client.loadCollection(LoadCollectionParam.newBuilder()
                .withCollectionName("book")
                .withReplicaNumber(3)
                .build()));

        assertThat(message).isEqualTo("no enough nodes to create replicas, node_num=2 replica_num=3");
    }
}
