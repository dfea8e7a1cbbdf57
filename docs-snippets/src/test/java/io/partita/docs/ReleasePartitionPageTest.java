package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.model.LoadState;
import io.partita.param.partition.ReleasePartitionsParam;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class ReleasePartitionPageTest {
    private final DocPage page = DocPage.load("release_partition.md");

    static void releaseNovel(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        milvusClient.releasePartitions(
            ReleasePartitionsParam.newBuilder()
                .withCollectionName("book")
                .withPartitionNames(List.of("novel"))
                .build());
        // end::java[]
        // spotless:on
    }

    @BeforeEach
    void loadedNovel(MilvusClient client) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 3);
        Books.loadNovel(client);
    }

    @Test
    void theJavaSnippetReleasesTheNovelPartition(MilvusClient client) {
        releaseNovel(client);

        assertThat(Books.state(client, "novel")).isEqualTo(LoadState.LoadStateNotLoad);
    }

    @Test
    void theCliSnippetReleasesTheNovelPartition(MilvusClient client, PartitaEndpoints endpoints) {
        new Runner(endpoints).cli(page.runBlock("cli"));

        assertThat(Books.state(client, "novel")).isEqualTo(LoadState.LoadStateNotLoad);
    }

    @Test
    void theCurlSnippetReleasesTheNovelPartition(MilvusClient client, PartitaEndpoints endpoints) throws Exception {
        DocPage.Block curl = page.runBlock("curl");

        assertThat(new Runner(endpoints).curl(curl).toString())
                .isEqualTo(page.outputOf(curl).text().strip());
        assertThat(Books.state(client, "novel")).isEqualTo(LoadState.LoadStateNotLoad);
    }
}
