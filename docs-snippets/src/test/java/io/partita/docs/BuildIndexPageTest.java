package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.model.DataType;
import io.partita.model.SearchResults;
import io.partita.param.IndexType;
import io.partita.param.MetricType;
import io.partita.param.R;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.index.CreateIndexParam;
import io.partita.param.index.DescribeIndexParam;
import io.partita.response.SearchResultsWrapper;
import java.nio.ByteBuffer;
import java.util.List;
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

    /** Collection "prints": id Int64, fp BinaryVector(16); rows 1..3 with fingerprints 0x0F00, 0x0FF0, 0xFFFF. */
    static void createPrints(MilvusClient client) {
        client.createCollection(CreateCollectionParam.newBuilder()
                        .withCollectionName("prints")
                        .addFieldType(FieldType.newBuilder()
                                .withName("id")
                                .withDataType(DataType.Int64)
                                .withPrimaryKey(true)
                                .build())
                        .addFieldType(FieldType.newBuilder()
                                .withName("fp")
                                .withDataType(DataType.BinaryVector)
                                .withDimension(16)
                                .build())
                        .build())
                .orThrow();
        List<ByteBuffer> prints = List.of(
                ByteBuffer.wrap(new byte[] {0x0F, 0x00}),
                ByteBuffer.wrap(new byte[] {0x0F, (byte) 0xF0}),
                ByteBuffer.wrap(new byte[] {(byte) 0xFF, (byte) 0xFF}));
        client.insert(InsertParam.newBuilder()
                        .withCollectionName("prints")
                        .withFields(List.of(
                                new InsertParam.Field("id", List.of(1L, 2L, 3L)), new InsertParam.Field("fp", prints)))
                        .build())
                .orThrow();
    }

    static List<SearchResultsWrapper.IDScore> binarySearch(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::binary[]
        milvusClient.createIndex(
            CreateIndexParam.newBuilder()
                .withCollectionName("prints")
                .withFieldName("fp")
                .withIndexType(IndexType.BIN_IVF_FLAT)
                .withMetricType(MetricType.HAMMING)
                .withExtraParam("{\"nlist\":2}")
                .build());
        milvusClient.loadCollection(
            LoadCollectionParam.newBuilder().withCollectionName("prints").withSyncLoad(true).build());
        R<SearchResults> found = milvusClient.search(
            SearchParam.newBuilder()
                .withCollectionName("prints")
                .withVectorFieldName("fp")
                .withVectors(List.of(ByteBuffer.wrap(new byte[] {0x0F, 0x10})))
                .withMetricType(MetricType.HAMMING)
                .withTopK(2)
                .withParams("{\"nprobe\":2}")
                .build());
        SearchResultsWrapper hits = new SearchResultsWrapper(found.orThrow().getResults());
        for (SearchResultsWrapper.IDScore hit : hits.getIDScore(0)) {
            System.out.println(hit.getLongID() + " " + hit.getScore()); // differing bits
        }
        // end::binary[]
        // spotless:on
        return hits.getIDScore(0);
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
    void theBinarySnippetFindsTheNearestFingerprintsByHammingDistance(MilvusClient client) {
        createPrints(client);

        List<SearchResultsWrapper.IDScore> hits = binarySearch(client);

        // 0x0F10 differs from 0x0F00 in one bit and from 0x0FF0 in three
        assertThat(hits).extracting(SearchResultsWrapper.IDScore::getLongID).containsExactly(1L, 2L);
        assertThat(hits).extracting(SearchResultsWrapper.IDScore::getScore).containsExactly(1f, 3f);
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
