package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.orm.iterator.QueryIterator;
import io.partita.orm.iterator.SearchIteratorV2;
import io.partita.param.dml.QueryIteratorParam;
import io.partita.response.QueryResultsWrapper;
import io.partita.v2.client.ConnectConfig;
import io.partita.v2.client.MilvusClientV2;
import io.partita.v2.common.IndexParam;
import io.partita.v2.service.vector.request.SearchIteratorReqV2;
import io.partita.v2.service.vector.request.data.FloatVec;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@PartitaServer(cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class IteratorsPageTest {
    @Test
    void thePythonBlocksAreWhatTheInteropScriptRuns() throws Exception {
        assertThat(InteropScript.assertPythonBlocksRun(DocPage.load("iterators.md")))
                .isEqualTo(2);
    }

    static List<Object> iterate(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        QueryIterator it = milvusClient.queryIterator(
            QueryIteratorParam.newBuilder()
                .withCollectionName("book")
                .withExpr("word_count >= 2000")
                .withOutFields(List.of("word_count"))
                .withBatchSize(2L)
                .build()).orThrow();
        List<Object> ids = new ArrayList<>();
        for (List<QueryResultsWrapper.RowRecord> page = it.next(); !page.isEmpty(); page = it.next()) {
            page.forEach(row -> ids.add(row.get("book_id")));
        }
        it.close();
        // end::java[]
        // spotless:on
        return ids;
    }

    static List<Object> iterateWithTheV2Api(String uri) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::v2[]
        MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        SearchIteratorV2 it = client.searchIteratorV2(SearchIteratorReqV2.builder()
            .collectionName("book")
            .vectorFieldName("book_intro")
            .metricType(IndexParam.MetricType.L2)
            .vectors(List.of(new FloatVec(new float[] {0.1f, 0.2f})))
            .filter("word_count >= 2000")
            .batchSize(2)
            .build());
        List<Object> ids = new ArrayList<>();
        for (List<SearchResp.SearchResult> page = it.next(); !page.isEmpty(); page = it.next()) {
            page.forEach(hit -> ids.add(hit.getId()));                // nearest first
        }
        it.close();
        client.close();
        // end::v2[]
        // spotless:on
        return ids;
    }

    @Test
    void theV2SnippetPagesThroughEveryMatchingBookNearestFirst(MilvusClient client, PartitaEndpoints endpoints) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 5);
        Books.loadNovel(client);
        assertThat(iterateWithTheV2Api(endpoints.grpcUri().toString())).containsExactly(2L, 3L, 4L, 5L);
    }

    @Test
    void theJavaSnippetReturnsEveryMatchingBookOnceInKeyOrder(MilvusClient client) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 5);
        Books.loadNovel(client);
        assertThat(iterate(client)).containsExactly(2L, 3L, 4L, 5L);
    }
}
