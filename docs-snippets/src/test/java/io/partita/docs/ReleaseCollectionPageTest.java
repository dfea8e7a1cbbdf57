package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.model.LoadState;
import io.partita.param.collection.ReleaseCollectionParam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class ReleaseCollectionPageTest {
    private final DocPage page = DocPage.load("release_collection.md");

    static void releaseBook(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        milvusClient.releaseCollection(
            ReleaseCollectionParam.newBuilder()
                .withCollectionName("book")
                .build());
        // end::java[]
        // spotless:on
    }

    @BeforeEach
    void loadedBook(MilvusClient client) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 3);
        Books.loadBook(client);
    }

    @Test
    void theJavaSnippetReleasesTheCollection(MilvusClient client) {
        releaseBook(client);

        assertThat(Books.state(client)).isEqualTo(LoadState.LoadStateNotLoad);
    }

    @Test
    void theCliSnippetReleasesTheCollection(MilvusClient client, PartitaEndpoints endpoints) {
        new Runner(endpoints).cli(page.runBlock("cli"));

        assertThat(Books.state(client)).isEqualTo(LoadState.LoadStateNotLoad);
    }

    @Test
    void theCurlSnippetReleasesTheCollection(MilvusClient client, PartitaEndpoints endpoints) throws Exception {
        DocPage.Block curl = page.runBlock("curl");

        assertThat(new Runner(endpoints).curl(curl).toString())
                .isEqualTo(page.outputOf(curl).text().strip());
        assertThat(Books.state(client)).isEqualTo(LoadState.LoadStateNotLoad);
    }
}
