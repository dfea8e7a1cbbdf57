package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.model.LoadState;
import io.partita.param.collection.LoadCollectionParam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class LoadCollectionPageTest {
    private final DocPage page = DocPage.load("load_collection.md");

    static void loadBook(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        milvusClient.loadCollection(
            LoadCollectionParam.newBuilder()
                .withCollectionName("book")
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
    void theJavaSnippetLoadsTheCollection(MilvusClient client) {
        loadBook(client);

        assertThat(Books.state(client)).isEqualTo(LoadState.LoadStateLoaded);
    }

    @Test
    void theCliSnippetLoadsTheCollection(MilvusClient client, PartitaEndpoints endpoints) {
        new Runner(endpoints).cli(page.runBlock("cli"));

        assertThat(Books.state(client)).isEqualTo(LoadState.LoadStateLoaded);
    }

    @Test
    void theCurlSnippetSchedulesTheLoad(MilvusClient client, PartitaEndpoints endpoints) throws Exception {
        DocPage.Block curl = page.runBlock("curl");

        assertThat(new Runner(endpoints).curl(curl).toString())
                .isEqualTo(page.outputOf(curl).text().strip());
        assertThat(Books.state(client)).isIn(LoadState.LoadStateLoading, LoadState.LoadStateLoaded);
    }

    @Test
    void underMilvus21LoadingTheCollectionWhileAPartitionIsLoadedIsRefused(MilvusClient client) {
        Books.loadNovel(client);

        assertThat(Books.reason(client.loadCollection(LoadCollectionParam.newBuilder()
                        .withCollectionName("book")
                        .build())))
                .startsWith("some partitions ")
                .endsWith("please release partitions firstly");
    }
}
