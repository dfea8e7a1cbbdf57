package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.param.IndexType;
import io.partita.param.MetricType;
import io.partita.param.index.CreateIndexParam;
import io.partita.param.index.DescribeIndexParam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class BuildIndexPageTest {
    private final DocPage page = DocPage.load("build_index.md");

    static void buildIndex(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        milvusClient.createIndex(
            CreateIndexParam.newBuilder()
                .withCollectionName("book")
                .withFieldName("book_intro")
                .withIndexType(IndexType.IVF_FLAT)
                .withMetricType(MetricType.L2)
                .withExtraParam("{\"nlist\":1024}")
                .withSyncMode(Boolean.FALSE)
                .build());
        // end::java[]
        // spotless:on
    }

    static int indexes(MilvusClient client) {
        return client.describeIndex(DescribeIndexParam.newBuilder()
                        .withCollectionName("book")
                        .withFieldName("book_intro")
                        .build())
                .orThrow()
                .getIndexDescriptionsCount();
    }

    @BeforeEach
    void bookWithNovel(MilvusClient client) {
        Books.createWithNovel(client);
        Books.insertNovels(client, 3);
    }

    @Test
    void theJavaSnippetBuildsTheIndex(MilvusClient client) {
        buildIndex(client);

        assertThat(indexes(client)).isEqualTo(1);
    }

    @Test
    void theCliSnippetBuildsTheIndex(MilvusClient client, PartitaEndpoints endpoints) {
        new Runner(endpoints).cli(page.runBlock("cli"));

        assertThat(indexes(client)).isEqualTo(1);
    }

    @Test
    void theCurlSnippetBuildsTheIndex(MilvusClient client, PartitaEndpoints endpoints) throws Exception {
        DocPage.Block curl = page.runBlock("curl");

        assertThat(new Runner(endpoints).curl(curl).toString())
                .isEqualTo(page.outputOf(curl).text().strip());
        assertThat(indexes(client)).isEqualTo(1);
    }
}
