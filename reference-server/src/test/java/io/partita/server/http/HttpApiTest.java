package io.partita.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.partita.server.ReferenceServer;
import io.partita.server.grpc.MilvusServiceAdapter;
import io.partita.server.model.Profile;
import io.partita.wire.GetLoadStateRequest;
import io.partita.wire.LoadState;
import io.partita.wire.MilvusServiceGrpc;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API through real HTTP on loopback, its effects checked through gRPC. */
class HttpApiTest {
    @TempDir
    static Path dir;

    static ReferenceServer server;
    static HttpProbe http;
    static ManagedChannel channel;
    static MilvusServiceGrpc.MilvusServiceBlockingStub grpc;

    @BeforeAll
    static void start() throws Exception {
        server = ReferenceServer.builder().dataDir(dir).grpcPort(0).httpPort(0).start();
        http = new HttpProbe(server.httpPort());
        channel = NettyChannelBuilder.forAddress("127.0.0.1", server.grpcPort())
                .usePlaintext()
                .build();
        grpc = MilvusServiceGrpc.newBlockingStub(channel);
    }

    @AfterAll
    static void stop() throws Exception {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
    }

    static JsonObject json(HttpResponse<String> r) {
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    static void createBookWithNovel(String collection) throws Exception {
        String schema = "{\"name\":\"" + collection + "\",\"fields\":["
                + "{\"name\":\"id\",\"data_type\":5,\"is_primary_key\":true},"
                + "{\"name\":\"vec\",\"data_type\":101,\"type_params\":[{\"key\":\"dim\",\"value\":\"2\"}]}]}";
        assertThat(http.send(
                                "POST",
                                "/api/v1/collection",
                                "{\"collection_name\":\"" + collection + "\",\"schema\":" + schema + "}")
                        .body())
                .isEqualTo("{}");
        assertThat(http.send(
                                "POST",
                                "/api/v1/partition",
                                "{\"collection_name\":\"" + collection + "\",\"partition_name\":\"novel\"}")
                        .body())
                .isEqualTo("{}");
    }

    static LoadState grpcLoadState(String collection, String partition) {
        return grpc.withDeadlineAfter(10, TimeUnit.SECONDS)
                .getLoadState(GetLoadStateRequest.newBuilder()
                        .setCollectionName(collection)
                        .addPartitionNames(partition)
                        .build())
                .getState();
    }

    @Test
    void theSeedReleaseBodyReleasesTheLoadedPartitionAndGrpcSeesIt() throws Exception {
        createBookWithNovel("book");
        HttpResponse<String> load = http.send(
                "POST",
                "/api/v1/partitions/load",
                "{\"collection_name\": \"book\", \"partition_names\": [\"novel\"], \"replica_number\": 1}");
        assertThat(load.statusCode()).isEqualTo(200);
        assertThat(load.body()).isEqualTo("{}");
        assertThat(grpcLoadState("book", "novel")).isIn(LoadState.LoadStateLoading, LoadState.LoadStateLoaded);

        HttpResponse<String> release = http.send(
                "DELETE",
                "/api/v1/partitions/load",
                "{\n    \"collection_name\": \"book\",\n    \"partition_names\": [\"novel\"],\n    \"replica_number\": 1\n  }");

        assertThat(release.statusCode()).isEqualTo(200);
        assertThat(release.body()).isEqualTo("{}");
        assertThat(release.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(grpcLoadState("book", "novel")).isEqualTo(LoadState.LoadStateNotLoad);
    }

    @Test
    void aBusinessErrorIsHttp200WithTheStatusAsJson() throws Exception {
        HttpResponse<String> r = http.send(
                "POST", "/api/v1/partitions/load", "{\"collection_name\":\"nope\",\"partition_names\":[\"p\"]}");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject body = json(r);
        assertThat(body.get("error_code").getAsInt()).isEqualTo(4);
        assertThat(body.get("reason").getAsString()).isEqualTo("can't find collection: nope");
    }

    @Test
    void anUnparsableBodyIs400WithErrorCode5() throws Exception {
        HttpResponse<String> r = http.send("DELETE", "/api/v1/partitions/load", "{\"collection_name\": ");

        assertThat(r.statusCode()).isEqualTo(400);
        JsonObject body = json(r);
        assertThat(body.get("error_code").getAsInt()).isEqualTo(5);
        assertThat(body.get("reason").getAsString()).startsWith("bad request: parse body failed: ");
    }

    @Test
    void aFieldOfTheWrongTypeIs400NamingTheField() throws Exception {
        HttpResponse<String> r = http.send("DELETE", "/api/v1/partitions/load", "{\"partition_names\": \"novel\"}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("reason").getAsString())
                .startsWith("bad request: parse body failed: ")
                .contains("partition_names");
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        HttpResponse<String> r = http.send(
                "GET",
                "/api/v1/collection/existence",
                "{\"collection_name\":\"nothing_here\",\"something_new\":{\"a\":1}}");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"status\":{}}");
    }

    @Test
    void getRoutesReadAJsonBody() throws Exception {
        createBookWithNovel("shelf");

        HttpResponse<String> r = http.send(
                "GET", "/api/v1/partition/existence", "{\"collection_name\":\"shelf\",\"partition_name\":\"novel\"}");

        assertThat(r.body()).isEqualTo("{\"status\":{},\"value\":true}");
    }

    @Test
    void everyRouteOfTheTableIsServed() throws Exception {
        // the declarations only: no RPC is called through this adapter, so it needs no engine
        Routes routes = Routes.of(new MilvusServiceAdapter(null, Profile.MILVUS_2_1, null).rpcs());
        assertThat(routes.all()).hasSize(48); // Milvus 2.1's 46 routes and the two Partita extensions
        for (Route route : routes.all()) {
            HttpResponse<String> r = http.send(route.method(), Routes.PREFIX + route.path(), "{}");
            assertThat(r.statusCode()).as("%s %s", route.method(), route.path()).isIn(200, 501);
            assertThat(JsonParser.parseString(r.body()).isJsonObject())
                    .as("%s %s answers JSON", route.method(), route.path())
                    .isTrue();
        }
    }

    @Test
    void anRpcTheServerDoesNotImplementIs501NamingIt() throws Exception {
        HttpResponse<String> r = http.send("POST", "/api/v1/import", "{}");

        assertThat(r.statusCode()).isEqualTo(501);
        assertThat(json(r).get("reason").getAsString()).contains("Import");
    }

    @Test
    void anUnknownPathIs404AndAWrongMethodIs405() throws Exception {
        assertThat(http.send("GET", "/api/v1/nowhere", "{}").statusCode()).isEqualTo(404);
        assertThat(http.send("PUT", "/api/v1/partitions/load", "{}").statusCode())
                .isEqualTo(405);
    }

    @Test
    void healthzAnswersPlainTextOkAsMilvusDoes() throws Exception {
        HttpResponse<String> r = http.send("GET", "/healthz", null);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(r.body()).isEqualTo("OK");
    }

    @Test
    void metricsArePrometheusTextWithMemoryLoadAndRequestCounts() throws Exception {
        createBookWithNovel("metered");
        http.send(
                "POST", "/api/v1/partitions/load", "{\"collection_name\":\"metered\",\"partition_names\":[\"novel\"]}");

        HttpResponse<String> r = http.send("GET", "/metrics", null);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain; version=0.0.4"));
        assertThat(r.body())
                .containsPattern("(?m)^partita_querynode_capacity_bytes\\{node_id=\"\\d+\"} [1-9][0-9.E]*$")
                .containsPattern(
                        "(?m)^partita_partition_loaded_bytes\\{collection=\"metered\",partition=\"novel\"} [0-9.E]+$")
                .containsPattern("(?m)^partita_collection_load_progress_percent\\{collection=\"metered\"} [0-9.]+$")
                .containsPattern(
                        "(?m)^partita_http_requests_seconds_count\\{method=\"POST\",route=\"/api/v1/partitions/load\",status=\"200\"} [1-9]\\d*$")
                .contains("partita_http_requests_seconds_sum{");
    }
}
