package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.model.LoadState;
import io.partita.param.collection.GetLoadStateParam;
import io.partita.param.collection.GetLoadingProgressParam;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class LoadingProgressPageTest {
    private final DocPage page = DocPage.load("loading_progress.md");

    static long progress(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        long percent = milvusClient.getLoadingProgress(
            GetLoadingProgressParam.newBuilder()
                .withCollectionName("book")
                .withPartitionNames(List.of("novel"))
                .build())
            .orThrow().getProgress();                  // 0..100, never goes back
        LoadState state = milvusClient.getLoadState(
            GetLoadStateParam.newBuilder()
                .withCollectionName("book")
                .withPartitionNames(List.of("novel"))
                .build())
            .orThrow().getState();                     // NotExist, NotLoad, Loading, Loaded
        // end::java[]
        // spotless:on
        assertThat(state).isNotNull();
        return percent;
    }

    @BeforeEach
    void loadedNovel(MilvusClient client) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 3);
        Books.loadNovel(client);
    }

    @Test
    void theJavaSnippetReports100ForALoadedPartition(MilvusClient client) {
        assertThat(progress(client)).isEqualTo(100);
    }

    @Test
    void theCliSnippetPrintsTheProgress(PartitaEndpoints endpoints) {
        Runner.CliResult result =
                new Runner(endpoints).cli(page.runBlock("cli")).get(0);

        assertThat(result.out()).containsPattern("\\|\\s*book\\s*\\|\\s*novel\\s*\\|\\s*100\\s*\\|\\s*Loaded\\s*\\|");
    }

    @Test
    void theCurlSnippetReportsInMemoryPercentages(PartitaEndpoints endpoints) throws Exception {
        String answer = new Runner(endpoints).curl(page.runBlock("curl")).toString();

        assertThat(answer).contains("\"inMemory_percentages\":[100]");
    }
}
