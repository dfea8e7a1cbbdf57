package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.model.LoadState;
import io.partita.param.partition.LoadPartitionsParam;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class LoadPartitionPageTest {
    private final DocPage page = DocPage.load("load_partition.md");

    static void loadNovel(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        milvusClient.loadPartitions(
            LoadPartitionsParam.newBuilder()
                .withCollectionName("book")
                .withPartitionNames(List.of("novel"))
                .withSyncLoad(true)                 // wait until 100% (the default)
                .withSyncLoadWaitingTimeout(60L)    // seconds; a timeout is an error, never success
                .build());
        // end::java[]
        // spotless:on
    }

    @BeforeEach
    void bookWithNovel(MilvusClient client) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 3);
    }

    @Test
    void theJavaSnippetLoadsNovel(MilvusClient client) {
        loadNovel(client);

        assertThat(Books.state(client, "novel")).isEqualTo(LoadState.LoadStateLoaded);
    }

    @Test
    void theCliSnippetLoadsNovel(MilvusClient client, PartitaEndpoints endpoints) {
        new Runner(endpoints).cli(page.runBlock("cli"));

        assertThat(Books.state(client, "novel")).isEqualTo(LoadState.LoadStateLoaded);
    }

    @Test
    void theCurlSnippetSchedulesTheLoad(MilvusClient client, PartitaEndpoints endpoints) throws Exception {
        DocPage.Block curl = page.runBlock("curl");

        assertThat(new Runner(endpoints).curl(curl).toString())
                .isEqualTo(page.outputOf(curl).text().strip());
        assertThat(Books.state(client, "novel")).isIn(LoadState.LoadStateLoading, LoadState.LoadStateLoaded);
    }

    @Test
    void underMilvus21AddingAPartitionInASeparateCallIsRefused(MilvusClient client) {
        Books.loadNovel(client);
        client.createPartition(io.partita.param.partition.CreatePartitionParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionName("poetry")
                        .build())
                .orThrow();

        String message = Books.reason(client.loadPartitions(LoadPartitionsParam.newBuilder()
                .withCollectionName("book")
                .addPartitionName("poetry")
                .build()));

        assertThat(message)
                .startsWith("some partitions ")
                .endsWith("has been loaded into QueryNode, please release partitions firstly");
    }
}
