package io.partita.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.partita.server.ReferenceServer;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.ShowPartitionsRequest;
import io.partita.wire.ShowPartitionsResponse;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers interop/http/scenario.sh reads, in the shapes real Milvus 2.1 gave them
 * (interop/observed/http-2.1.0.md): 64-bit integers as JSON numbers, oneofs in Go case. The
 * request bodies are the scenario's own.
 */
class HttpMilvusAnswerShapesTest {
    @TempDir
    static Path dir;

    static ReferenceServer server;
    static HttpProbe http;
    static ManagedChannel channel;

    @BeforeAll
    static void start() throws Exception {
        server = ReferenceServer.builder().dataDir(dir).grpcPort(0).httpPort(0).start();
        http = new HttpProbe(server.httpPort());
        channel = NettyChannelBuilder.forAddress("127.0.0.1", server.grpcPort())
                .usePlaintext()
                .build();
        ok(
                post(
                        "/collection",
                        "{\"collection_name\":\"book\",\"shards_num\":2,\"schema\":{\"name\":\"book\",\"autoID\":false,"
                                + "\"fields\":[{\"name\":\"book_id\",\"is_primary_key\":true,\"data_type\":5},{\"name\":\"word_count\",\"data_type\":5},"
                                + "{\"name\":\"book_intro\",\"data_type\":101,\"type_params\":[{\"key\":\"dim\",\"value\":\"2\"}]}]}}"));
        ok(post("/partition", "{\"collection_name\":\"book\",\"partition_name\":\"novel\"}"));
        ok(post(
                "/entities",
                "{\"collection_name\":\"book\",\"partition_name\":\"novel\",\"num_rows\":20,\"fields_data\":"
                        + rows(0, 20) + "}"));
        ok(post(
                "/entities",
                "{\"collection_name\":\"book\",\"partition_name\":\"_default\",\"num_rows\":10,\"fields_data\":"
                        + rows(100, 10) + "}"));
        ok(post("/persist", "{\"collection_names\":[\"book\"]}"));
        ok(
                post(
                        "/index",
                        "{\"collection_name\":\"book\",\"field_name\":\"book_intro\",\"extra_params\":["
                                + "{\"key\":\"index_type\",\"value\":\"IVF_FLAT\"},{\"key\":\"metric_type\",\"value\":\"L2\"},{\"key\":\"params\",\"value\":\"{\\\"nlist\\\":1}\"}]}"));
        ok(post(
                "/partitions/load",
                "{\"collection_name\":\"book\",\"partition_names\":[\"novel\"],\"replica_number\":1}"));
        awaitNovelLoaded();
    }

    @AfterAll
    static void stop() throws Exception {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
    }

    @Test
    void showPartitionsPrintsPercentagesIdsAndTimestampsAsJsonNumbersAtFullPrecision() throws Exception {
        HttpResponse<String> r = http.send(
                "GET",
                "/api/v1/partitions",
                "{\"collection_name\":\"book\",\"type\":1,\"partition_names\":[\"novel\"]}");
        JsonObject a = json(r);
        ShowPartitionsResponse viaGrpc = MilvusServiceGrpc.newBlockingStub(channel)
                .withDeadlineAfter(10, TimeUnit.SECONDS)
                .showPartitions(ShowPartitionsRequest.newBuilder()
                        .setCollectionName("book")
                        .addPartitionNames("novel")
                        .build());

        assertThat(a.get("status").getAsJsonObject().size()).isZero();
        assertThat(a.getAsJsonArray("partition_names").toString()).isEqualTo("[\"novel\"]");
        assertThat(r.body())
                .contains("\"inMemory_percentages\":[100]")
                .contains("\"partitionIDs\":[" + viaGrpc.getPartitionIDs(0) + "]")
                .contains("\"created_timestamps\":[" + viaGrpc.getCreatedTimestamps(0) + "]")
                .contains("\"created_utc_timestamps\":[" + viaGrpc.getCreatedUtcTimestamps(0) + "]");
        assertThat(viaGrpc.getPartitionIDs(0))
                .as("an ID above 2^53 shows precision is kept")
                .isGreaterThan(1L << 53);
    }

    @Test
    void searchInThe21ShapeAnswersIdsUnderIdFieldIntIdFromTheNamedPartitionOnly() throws Exception {
        JsonObject a = json(post(
                "/search",
                "{\"collection_name\":\"book\",\"partition_names\":[\"novel\"],\"output_fields\":[\"book_id\"],"
                        + "\"dsl_type\":1,\"vectors\":[[0.1,0.2]],\"search_params\":[{\"key\":\"anns_field\",\"value\":\"book_intro\"},"
                        + "{\"key\":\"topk\",\"value\":\"100\"},{\"key\":\"params\",\"value\":\"{\\\"nprobe\\\":1}\"},"
                        + "{\"key\":\"metric_type\",\"value\":\"L2\"},{\"key\":\"round_decimal\",\"value\":\"-1\"}]}"));

        JsonArray ids = a.getAsJsonObject("results")
                .getAsJsonObject("ids")
                .getAsJsonObject("IdField")
                .getAsJsonObject("IntId")
                .getAsJsonArray("data");
        assertThat(ids).hasSize(20);
        for (JsonElement id : ids) {
            assertThat(id.getAsJsonPrimitive().isNumber()).as(id.toString()).isTrue();
            assertThat(id.getAsLong()).isBetween(0L, 19L);
        }
        assertThat(a.getAsJsonObject("results")
                        .get("top_k")
                        .getAsJsonPrimitive()
                        .isNumber())
                .isTrue();
    }

    @Test
    void queryAnswersColumnsUnderFieldScalarsDataLongData() throws Exception {
        JsonObject a = json(post(
                "/query",
                "{\"collection_name\":\"book\",\"expr\":\"book_id >= 0\",\"output_fields\":[\"book_id\"],"
                        + "\"partition_names\":[\"novel\"]}"));

        JsonObject bookId = null;
        for (JsonElement f : a.getAsJsonArray("fields_data")) {
            if (f.getAsJsonObject().get("field_name").getAsString().equals("book_id")) {
                bookId = f.getAsJsonObject();
            }
        }
        assertThat(bookId).as(a.toString()).isNotNull();
        JsonArray data = bookId.getAsJsonObject("Field")
                .getAsJsonObject("Scalars")
                .getAsJsonObject("Data")
                .getAsJsonObject("LongData")
                .getAsJsonArray("data");
        assertThat(data).hasSize(20);
        assertThat(data.get(0).getAsJsonPrimitive().isNumber()).isTrue();
        assertThat(bookId.get("type").getAsInt()).isEqualTo(5);
    }

    @Test
    void requestsStillAcceptInt64AsStringsOrNumbers() throws Exception {
        JsonObject asStrings = json(post(
                "/query",
                "{\"collection_name\":\"book\",\"expr\":\"book_id in [1]\","
                        + "\"output_fields\":[\"book_id\"],\"travel_timestamp\":\"0\",\"guarantee_timestamp\":\"1\"}"));
        JsonObject asNumbers = json(post(
                "/query",
                "{\"collection_name\":\"book\",\"expr\":\"book_id in [1]\","
                        + "\"output_fields\":[\"book_id\"],\"travel_timestamp\":0,\"guarantee_timestamp\":1}"));

        assertThat(asStrings.get("status").getAsJsonObject().size())
                .as(asStrings.toString())
                .isZero();
        assertThat(asNumbers.toString()).isEqualTo(asStrings.toString());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return http.send("POST", "/api/v1" + path, body);
    }

    private static void ok(HttpResponse<String> r) {
        JsonObject a = json(r);
        JsonObject status = a.has("status") ? a.getAsJsonObject("status") : a;
        assertThat(status.has("error_code")).as(r.body()).isFalse();
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    /** The scenario's rows: book_id from..from+n-1, word_count +1000, 2-d vectors. */
    private static String rows(int from, int n) {
        StringBuilder ids = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        StringBuilder vecs = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            String sep = i == from ? "" : ",";
            ids.append(sep).append(i);
            counts.append(sep).append(i + 1000);
            vecs.append(sep)
                    .append('[')
                    .append(i / 100.0)
                    .append(',')
                    .append(i / 50.0)
                    .append(']');
        }
        return "[{\"field_name\":\"book_id\",\"type\":5,\"field\":[" + ids + "]},"
                + "{\"field_name\":\"word_count\",\"type\":5,\"field\":[" + counts + "]},"
                + "{\"field_name\":\"book_intro\",\"type\":101,\"field\":[" + vecs + "]}]";
    }

    private static void awaitNovelLoaded() throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            JsonObject p = json(http.send(
                    "GET",
                    "/api/v1/partitions",
                    "{\"collection_name\":\"book\",\"type\":1,\"partition_names\":[\"novel\"]}"));
            JsonArray pct = p.getAsJsonArray("inMemory_percentages");
            if (pct != null
                    && pct.get(0).getAsJsonPrimitive().isNumber()
                    && pct.get(0).getAsLong() == 100) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("partition novel did not load within 30 s");
    }
}
