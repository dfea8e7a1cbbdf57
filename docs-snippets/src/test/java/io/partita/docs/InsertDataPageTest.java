package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.model.MutationResult;
import io.partita.param.ConnectParam;
import io.partita.param.R;
import io.partita.param.collection.GetCollectionStatisticsParam;
import io.partita.param.dml.InsertParam;
import io.partita.response.GetCollStatResponseWrapper;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.v2.client.ConnectConfig;
import io.partita.v2.client.MilvusClientV2;
import io.partita.v2.service.vector.request.QueryReq;
import io.partita.v2.service.vector.request.UpsertReq;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@PartitaServer(http = true, cleanBetweenTests = true, scope = PartitaServer.Scope.JVM)
class InsertDataPageTest {
    private final DocPage page = DocPage.load("insert_data.md");

    static R<MutationResult> insertTwoBooks(MilvusClient milvusClient) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        List<InsertParam.Field> fields = List.of(
            new InsertParam.Field("book_id", List.of(1L, 2L)),
            new InsertParam.Field("word_count", List.of(1000L, 2000L)),
            new InsertParam.Field("book_intro", List.of(List.of(0.1f, 0.2f), List.of(0.3f, 0.4f))));
        R<MutationResult> inserted = milvusClient.insert(
            InsertParam.newBuilder()
                .withCollectionName("book")
                .withPartitionName("novel")
                .withFields(fields)
                .build());
        // end::java[]
        // spotless:on
        return inserted;
    }

    /** Book 1 is stored whole (word_count 1000); the snippet changes its word_count only. */
    static Map<String, Object> partialUpsert(String uri) {
        MilvusClientV2 client =
                new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        try {
            // spotless:off (a docs snippet: the page shows this region as written)
            // tag::partial[]
            JsonObject change = new JsonObject();
            change.addProperty("book_id", 1L);
            change.addProperty("word_count", 1500L);           // book_intro is left as stored
            client.upsert(UpsertReq.builder()
                .collectionName("book")
                .partitionName("novel")                         // where the row is stored
                .data(List.of(change))
                .partialUpdate(true)                            // Milvus 2.6
                .build());
            // end::partial[]
            // spotless:on
            return client.query(QueryReq.builder()
                            .collectionName("book")
                            .filter("book_id == 1")
                            .outputFields(List.of("word_count", "book_intro"))
                            .build())
                    .getQueryResults()
                    .get(0)
                    .getEntity();
        } finally {
            client.close();
        }
    }

    @Test
    void theV2PartialUpsertSnippetChangesOneFieldUnderMilvus26(@TempDir Path dir) throws Exception {
        try (ReferenceServer server = ReferenceServer.builder()
                .dataDir(dir)
                .grpcPort(0)
                .profile(Profile.MILVUS_2_6)
                .start()) {
            MilvusClient client = new MilvusServiceClient(ConnectParam.newBuilder()
                    .withUri(server.grpcUri().toString())
                    .build());
            try {
                Books.createWithNovel(client);
                insertTwoBooks(client).orThrow();
                Books.loadBook(client);
            } finally {
                client.close();
            }
            Map<String, Object> book = partialUpsert(server.grpcUri().toString());
            assertThat(((Number) book.get("word_count")).longValue()).isEqualTo(1500L);
            assertThat(book.get("book_intro")).isEqualTo(List.of(0.1f, 0.2f));
        }
    }

    static long rows(MilvusClient client) {
        return new GetCollStatResponseWrapper(client.getCollectionStatistics(GetCollectionStatisticsParam.newBuilder()
                                .withCollectionName("book")
                                .build())
                        .orThrow())
                .getRowCount();
    }

    @BeforeEach
    void bookWithNovel(MilvusClient client) {
        Books.createWithNovel(client);
    }

    @Test
    void theJavaSnippetInsertsTwoRows(MilvusClient client) {
        assertThat(insertTwoBooks(client).orThrow().getInsertCnt()).isEqualTo(2);
        assertThat(rows(client)).isEqualTo(2);
    }

    @Test
    void theCliSnippetInsertsTheCsvFile(MilvusClient client, PartitaEndpoints endpoints) throws Exception {
        Path csv = Path.of("books.csv");
        Files.writeString(
                csv,
                page.blocks().stream()
                        .filter(b -> b.argument().equals("books.csv"))
                        .findFirst()
                        .orElseThrow()
                        .text());
        try {
            new Runner(endpoints).cli(page.runBlock("cli"));
        } finally {
            Files.delete(csv);
        }

        assertThat(rows(client)).isEqualTo(3);
    }

    @Test
    void theCurlSnippetInsertsTwoRows(MilvusClient client, PartitaEndpoints endpoints) throws Exception {
        JsonObject answer = new Runner(endpoints).curl(page.runBlock("curl")).getAsJsonObject();

        assertThat(answer.get("insert_cnt").getAsLong()).isEqualTo(2);
        assertThat(rows(client)).isEqualTo(2);
    }
}
