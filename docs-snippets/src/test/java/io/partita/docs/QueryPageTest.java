package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.model.QueryResults;
import io.partita.param.R;
import io.partita.param.dml.QueryParam;
import io.partita.response.QueryResultsWrapper;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class QueryPageTest {
    private final DocPage page = DocPage.load("query.md");

    static List<?> query(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        R<QueryResults> found = milvusClient.query(
            QueryParam.newBuilder()
                .withCollectionName("book")
                .withExpr("book_id in [2, 4, 6]")
                .withOutFields(List.of("book_id", "word_count"))
                .build());
        QueryResultsWrapper rows = new QueryResultsWrapper(found.orThrow());
        List<?> wordCounts = rows.getFieldWrapper("word_count").getFieldData();
        // end::java[]
        // spotless:on
        return wordCounts;
    }

    @BeforeEach
    void loadedNovel(MilvusClient client) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 5);
        Books.loadNovel(client);
    }

    @Test
    void theJavaSnippetReturnsTheMatchingRows(MilvusClient client) {
        assertThat(List.<Object>copyOf(query(client))).containsExactlyInAnyOrder(2000L, 4000L);
    }

    @Test
    void theCliSnippetPrintsTheMatchingRows(PartitaEndpoints endpoints) {
        Runner.CliResult result =
                new Runner(endpoints).cli(page.runBlock("cli")).get(0);

        assertThat(result.out()).contains("| 2000 ").contains("| 4000 ").doesNotContain("| 1000 ");
    }

    @Test
    void theCurlSnippetReturnsTheMatchingRows(PartitaEndpoints endpoints) throws Exception {
        String answer = new Runner(endpoints).curl(page.runBlock("curl")).toString();

        assertThat(answer).contains("2000").contains("4000").doesNotContain("error_code");
    }
}
