package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaServer;
import io.partita.model.SearchResults;
import io.partita.param.MetricType;
import io.partita.param.R;
import io.partita.param.dml.SearchParam;
import io.partita.response.SearchResultsWrapper;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class RangeSearchPageTest {
    static List<SearchResultsWrapper.IDScore> rangeSearch(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        R<SearchResults> found = milvusClient.search(
            SearchParam.newBuilder()
                .withCollectionName("book")
                .withVectorFieldName("book_intro")
                .withVectors(List.of(List.of(0.3f, 0.4f)))
                .withMetricType(MetricType.L2)
                .withTopK(10)
                .withParams("{\"radius\": 0.1, \"range_filter\": 0.01}")   // 0.01 <= d < 0.1
                .build());
        SearchResultsWrapper hits = new SearchResultsWrapper(found.orThrow().getResults());
        // end::java[]
        // spotless:on
        return hits.getIDScore(0);
    }

    @BeforeEach
    void loadedNovels(MilvusClient client) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 5);
        Books.loadNovel(client);
    }

    @Test
    void theJavaSnippetKeepsTheRingOnly(MilvusClient client) {
        // novels 1..5 have intro (i/10, i/10 + 0.1): squared distances 0.08, 0.02, 0, 0.02, 0.08
        List<SearchResultsWrapper.IDScore> hits = rangeSearch(client);

        assertThat(hits).extracting(SearchResultsWrapper.IDScore::getLongID).containsExactlyInAnyOrder(1L, 2L, 4L, 5L);
        assertThat(hits).allSatisfy(h -> assertThat(h.getScore()).isBetween(0.01f, 0.1f));
    }

    @Test
    void thePythonBlocksAreWhatTheInteropScriptRuns() throws Exception {
        assertThat(InteropScript.assertPythonBlocksRun(DocPage.load("range_search.md")))
                .isEqualTo(2);
    }
}
