package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.model.SearchResults;
import io.partita.param.MetricType;
import io.partita.param.R;
import io.partita.param.dml.SearchParam;
import io.partita.response.SearchResultsWrapper;
import io.partita.v2.client.ConnectConfig;
import io.partita.v2.client.MilvusClientV2;
import io.partita.v2.common.IndexParam;
import io.partita.v2.service.vector.request.FunctionScore;
import io.partita.v2.service.vector.request.SearchReq;
import io.partita.v2.service.vector.request.data.FloatVec;
import io.partita.v2.service.vector.request.ranker.BoostRanker;
import io.partita.v2.service.vector.request.ranker.DecayRanker;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class SearchPageTest {
    private final DocPage page = DocPage.load("search.md");

    static List<SearchResultsWrapper.IDScore> search(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        R<SearchResults> found = milvusClient.search(
            SearchParam.newBuilder()
                .withCollectionName("book")
                .withPartitionNames(List.of("novel"))
                .withVectorFieldName("book_intro")
                .withVectors(List.of(List.of(0.3f, 0.4f)))
                .withMetricType(MetricType.L2)
                .withTopK(2)
                .withParams("{\"nprobe\":10}")
                .withOutFields(List.of("word_count"))
                .withExpr("word_count <= 5000")
                .build());
        SearchResultsWrapper hits = new SearchResultsWrapper(found.orThrow().getResults());
        for (SearchResultsWrapper.IDScore hit : hits.getIDScore(0)) {
            System.out.println(hit.getLongID() + " " + hit.getScore());
        }
        // end::java[]
        // spotless:on
        return hits.getIDScore(0);
    }

    static List<SearchResp.SearchResult> decayed(String uri) {
        MilvusClientV2 client =
                new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        try {
            // spotless:off (a docs snippet: the page shows this region as written)
            // tag::decay[]
            SearchResp found = client.search(SearchReq.builder()
                .collectionName("book")
                .annsField("book_intro")
                .metricType(IndexParam.MetricType.L2)
                .data(List.of(new FloatVec(new float[] {0.3f, 0.4f})))
                .limit(5)
                .functionScore(FunctionScore.builder()
                    .addFunction(DecayRanker.builder()
                        .name("long_books_first")
                        .inputFieldNames(List.of("word_count"))
                        .function("gauss")            // or "exp", "linear"
                        .origin(5000)                 // decay 1 here
                        .scale(1000)                  // decay 0.5 (the default decay) 1000 away
                        .build())
                    .build())
                .build());
            // end::decay[]
            // spotless:on
            return found.getSearchResults().get(0);
        } finally {
            client.close();
        }
    }

    static List<SearchResp.SearchResult> boosted(String uri) {
        MilvusClientV2 client =
                new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        try {
            // spotless:off (a docs snippet: the page shows this region as written)
            // tag::boost[]
            SearchResp found = client.search(SearchReq.builder()
                .collectionName("book")
                .annsField("book_intro")
                .metricType(IndexParam.MetricType.L2)
                .data(List.of(new FloatVec(new float[] {0.3f, 0.4f})))
                .limit(5)
                .functionScore(FunctionScore.builder()
                    .addFunction(BoostRanker.builder()
                        .name("long_books_closer")
                        .filter("word_count >= 4000")
                        .weight(0.1f)                 // L2: smaller is nearer, so < 1 promotes
                        .build())
                    .build())
                .build());
            // end::boost[]
            // spotless:on
            return found.getSearchResults().get(0);
        } finally {
            client.close();
        }
    }

    @Test
    void theBoostSnippetMovesTheLongBooksUp(PartitaEndpoints endpoints) {
        List<SearchResp.SearchResult> hits = boosted(endpoints.grpcUri().toString());

        // L2 (squared) from (0.3, 0.4): book 3 0, books 2 and 4 0.02, books 1 and 5 0.08; 4 and 5 boosted × 0.1
        assertThat(hits).extracting(SearchResp.SearchResult::getId).containsExactly(3L, 4L, 5L, 2L, 1L);
        assertThat(hits.get(1).getScore()).isCloseTo(0.002f, within(1e-5f));
    }

    @Test
    void theDecaySnippetPutsTheBookNearestTheOriginFirst(PartitaEndpoints endpoints) {
        List<SearchResp.SearchResult> hits = decayed(endpoints.grpcUri().toString());

        // book 5: L2 0.08 → 1 - 2·atan(0.08)/π, decay 1; book 3: L2 0 → 1, decay 0.0625
        assertThat(hits).extracting(SearchResp.SearchResult::getId).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(hits.get(0).getScore())
                .isCloseTo(1f - 2 * (float) Math.atan(0.08f) / (float) Math.PI, within(1e-5f));
    }

    @BeforeEach
    void loadedNovel(MilvusClient client) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 5);
        Books.loadNovel(client);
    }

    @Test
    void theJavaSnippetFindsTheNearestBooks(MilvusClient client) {
        List<SearchResultsWrapper.IDScore> hits = search(client);

        assertThat(hits)
                .extracting(SearchResultsWrapper.IDScore::getLongID)
                .first()
                .isEqualTo(3L);
    }

    @Test
    void theCliSnippetPrintsTheHits(PartitaEndpoints endpoints) {
        Runner.CliResult result =
                new Runner(endpoints).cli(page.runBlock("cli")).get(0);

        assertThat(result.out()).containsPattern("\\|\\s*0\\s*\\|\\s*1\\s*\\|\\s*3\\s*\\|");
    }

    @Test
    void theCurlSnippetFindsTheNearestBooks(PartitaEndpoints endpoints) throws Exception {
        JsonObject answer = new Runner(endpoints).curl(page.runBlock("curl")).getAsJsonObject();

        assertThat(answer.toString()).contains("\"topks\":[2]");
    }

    @Test
    void searchingAReleasedPartitionIsTheErrorThePageNames(MilvusClient client) {
        client.releasePartitions(io.partita.param.partition.ReleasePartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .addPartitionName("novel")
                        .build())
                .orThrow();

        R<SearchResults> r = client.search(SearchParam.newBuilder()
                .withCollectionName("book")
                .withVectorFieldName("book_intro")
                .withVectors(List.of(List.of(0.3f, 0.4f)))
                .withMetricType(MetricType.L2)
                .withTopK(2)
                .withParams("{}")
                .build());

        assertThat(Books.reason(r)).contains("not loaded into memory when search");
    }
}
