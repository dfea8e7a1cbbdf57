package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaServer;
import io.partita.orm.iterator.QueryIterator;
import io.partita.param.dml.QueryIteratorParam;
import io.partita.response.QueryResultsWrapper;
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

    @Test
    void theJavaSnippetReturnsEveryMatchingBookOnceInKeyOrder(MilvusClient client) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 5);
        Books.loadNovel(client);
        assertThat(iterate(client)).containsExactly(2L, 3L, 4L, 5L);
    }
}
