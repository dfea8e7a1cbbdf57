package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.model.QuerySegmentInfo;
import io.partita.param.control.GetMetricsParam;
import io.partita.param.control.GetQuerySegmentInfoParam;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class MemoryPageTest {
    private final DocPage page = DocPage.load("memory.md");

    static long loadedBytes(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        String systemInfo = milvusClient.getMetrics(
            GetMetricsParam.newBuilder()
                .withRequest("{\"metric_type\":\"system_info\"}")
                .build())
            .orThrow().getResponse();                  // JSON: capacity and use per query node
        List<QuerySegmentInfo> segments = milvusClient.getQuerySegmentInfo(
            GetQuerySegmentInfoParam.newBuilder()
                .withCollectionName("book")
                .build())
            .orThrow().getInfosList();
        long bytes = segments.stream().mapToLong(QuerySegmentInfo::getMemSize).sum();
        // end::java[]
        // spotless:on
        assertThat(systemInfo).contains("memory_usage");
        return bytes;
    }

    @BeforeEach
    void loadedNovel(MilvusClient client) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 20);
        Books.loadNovel(client);
    }

    @Test
    void theJavaSnippetSeesTheLoadedSegmentsSize(MilvusClient client) {
        assertThat(loadedBytes(client)).isPositive();
    }

    @Test
    void theCliSnippetsShowNodesAndSegments(PartitaEndpoints endpoints) {
        List<Runner.CliResult> results = new Runner(endpoints).cli(page.runBlock("cli"));

        assertThat(results.get(0).out()).contains("querynode");
        assertThat(results.get(1).out()).contains("| num_rows ").contains("| 20 ");
    }

    @Test
    void theCurlSnippetReportsNodeMemory(PartitaEndpoints endpoints) throws Exception {
        String answer = new Runner(endpoints).curl(page.runBlock("curl")).toString();

        assertThat(answer).contains("memory_usage");
    }
}
