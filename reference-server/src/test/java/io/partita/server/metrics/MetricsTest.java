package io.partita.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.DescribeCollectionRequest;
import io.partita.wire.DropCollectionRequest;
import io.partita.wire.FlushRequest;
import io.partita.wire.HasCollectionRequest;
import io.partita.wire.ListResourceGroupsRequest;
import io.partita.wire.MilvusServiceGrpc;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /metrics} scraped after real gRPC and HTTP calls on one server: Milvus's proxy and query
 * node series, Partita's own request timers, the engine gauges per partition and the JVM's.
 */
class MetricsTest {
    @TempDir
    static Path dir;

    static ReferenceServer server;
    static ManagedChannel channel;
    static MilvusServiceGrpc.MilvusServiceBlockingStub grpc;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String scrape;

    @BeforeAll
    static void callThenScrape() throws Exception {
        // Milvus 2.1's profile: the HTTP API v1 is its, and ListResourceGroups (2.2+) answers UNIMPLEMENTED there
        server = ReferenceServer.builder()
                .dataDir(dir)
                .grpcPort(0)
                .httpPort(0)
                .profile(Profile.MILVUS_2_1)
                .start();
        channel = NettyChannelBuilder.forAddress("127.0.0.1", server.grpcPort())
                .usePlaintext()
                .build();
        grpc = MilvusServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
        String schema = "{\"name\":\"book\",\"fields\":["
                + "{\"name\":\"id\",\"data_type\":5,\"is_primary_key\":true},"
                + "{\"name\":\"vec\",\"data_type\":101,\"type_params\":[{\"key\":\"dim\",\"value\":\"2\"}]}]}";
        post("/api/v1/collection", "{\"collection_name\":\"book\",\"schema\":" + schema + "}");
        post("/api/v1/partition", "{\"collection_name\":\"book\",\"partition_name\":\"novel\"}");
        post(
                "/api/v1/entities",
                "{\"collection_name\":\"book\",\"partition_name\":\"novel\",\"fields_data\":["
                        + "{\"field_name\":\"id\",\"type\":5,\"field\":[1,2,3]},"
                        + "{\"field_name\":\"vec\",\"type\":101,\"field\":[[1,0],[0,1],[1,1]]}],\"num_rows\":3}");
        grpc.flush(FlushRequest.newBuilder().addCollectionNames("book").build());
        post("/api/v1/partitions/load", "{\"collection_name\":\"book\",\"partition_names\":[\"novel\"]}");
        for (int i = 0; i < 3; i++) {
            grpc.hasCollection(
                    HasCollectionRequest.newBuilder().setCollectionName("book").build());
        }
        grpc.describeCollection(DescribeCollectionRequest.newBuilder()
                .setCollectionName("absent")
                .build());
        assertThatThrownBy(() -> grpc.listResourceGroups(ListResourceGroupsRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED));
        assertThat(get("/api/v1/nowhere").statusCode()).isEqualTo(404);
        HttpResponse<String> r = get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        scrape = r.body();
    }

    @AfterAll
    static void stop() throws Exception {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + path))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r;
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The value of the one series whose line starts with {@code series} (name and labels). */
    static double value(String series) {
        Matcher m =
                Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        assertThat(m.find()).as("series %s in /metrics", series).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void grpcCallsAreCountedUnderMilvusProxyNamesBySuccessOrFailure() {
        assertThat(value("milvus_proxy_req_count{function_name=\"HasCollection\",node_id=\"1\",status=\"success\"}"))
                .isEqualTo(3);
        // a Milvus error in an answered call (collection not found) is a failure, as Milvus counts it
        assertThat(value("milvus_proxy_req_count{function_name=\"DescribeCollection\",node_id=\"1\",status=\"fail\"}"))
                .isEqualTo(1);
        assertThat(value("milvus_proxy_req_count{function_name=\"ListResourceGroups\",node_id=\"1\",status=\"fail\"}"))
                .isEqualTo(1);
        assertThat(scrape)
                .contains("# TYPE milvus_proxy_req_count gauge")
                .doesNotContain("milvus_proxy_req_count_total");
    }

    @Test
    void grpcLatencyIsAHistogramInMillisecondsOverMilvusBuckets() {
        String labels = "function_name=\"HasCollection\",node_id=\"1\"";
        assertThat(scrape).contains("# TYPE milvus_proxy_req_latency histogram");
        assertThat(value("milvus_proxy_req_latency_count{" + labels + "}")).isEqualTo(3);
        assertThat(value("milvus_proxy_req_latency_bucket{" + labels + ",le=\"+Inf\"}"))
                .isEqualTo(3);
        assertThat(value("milvus_proxy_req_latency_bucket{" + labels + ",le=\"131072.0\"}"))
                .isEqualTo(3);
        assertThat(value("milvus_proxy_req_latency_sum{" + labels + "}")).isPositive();
        assertThat(Pattern.compile("(?m)^milvus_proxy_req_latency_bucket\\{" + Pattern.quote(labels) + ",le=")
                        .matcher(scrape)
                        .results()
                        .count())
                .as("Milvus's 18 buckets 1, 2, 4 ... 131072 ms and +Inf")
                .isEqualTo(19);
    }

    @Test
    void partitasGrpcTimerCarriesMethodGrpcStatusAndMilvusCode() {
        assertThat(value("partita_grpc_requests_seconds_count{code=\"0\",method=\"HasCollection\",status=\"OK\"}"))
                .isEqualTo(3);
        assertThat(scrape)
                .containsPattern(
                        "(?m)^partita_grpc_requests_seconds_count\\{code=\"[1-9]\\d*\",method=\"DescribeCollection\",status=\"OK\"} 1$");
        assertThat(
                        value(
                                "partita_grpc_requests_seconds_count{code=\"none\",method=\"ListResourceGroups\",status=\"UNIMPLEMENTED\"}"))
                .isEqualTo(1);
        assertThat(scrape).contains("# TYPE partita_grpc_requests_seconds histogram");
    }

    @Test
    void httpRequestsAreCountedAndTimedByRouteAndStatus() {
        assertThat(value("milvus_proxy_restful_api_req_count{node_id=\"1\",path=\"/api/v1/partitions/load\"}"))
                .isEqualTo(1);
        assertThat(value("milvus_proxy_restful_api_req_latency_count{node_id=\"1\",path=\"/api/v1/entities\"}"))
                .isEqualTo(1);
        assertThat(
                        value(
                                "partita_http_requests_seconds_count{method=\"POST\",route=\"/api/v1/partitions/load\",status=\"200\"}"))
                .isEqualTo(1);
        assertThat(value("partita_http_requests_seconds_count{method=\"GET\",route=\"other\",status=\"404\"}"))
                .isEqualTo(1);
        assertThat(value("partita_http_request_body_bytes_in_flight")).isZero();
        assertThat(value("partita_http_request_body_budget_bytes")).isPositive();
        // the hand-written page's series are gone
        assertThat(scrape).doesNotContain("partita_http_requests_total").doesNotContain("duration_seconds_sum");
    }

    @Test
    void memoryAndLoadProgressArePerPartitionAndAddUp() {
        double novel = value("partita_partition_loaded_bytes{collection=\"book\",partition=\"novel\"}");
        assertThat(novel).isPositive();
        assertThat(value("partita_partition_loaded_bytes{collection=\"book\",partition=\"_default\"}"))
                .isZero();
        assertThat(value("partita_collection_loaded_bytes{collection=\"book\"}"))
                .isEqualTo(novel);
        assertThat(value("partita_querynode_used_bytes{node_id=\"1\"}")).isEqualTo(novel);
        assertThat(value("partita_querynode_capacity_bytes{node_id=\"1\"}")).isGreaterThan(novel);
        assertThat(value("partita_partition_load_progress_percent{collection=\"book\",partition=\"novel\"}"))
                .isEqualTo(100);
        assertThat(value("partita_partition_load_progress_percent{collection=\"book\",partition=\"_default\"}"))
                .isZero();
        assertThat(value("partita_collection_load_progress_percent{collection=\"book\"}"))
                .isEqualTo(100);
        Matcher entity = Pattern.compile(
                        "(?m)^milvus_querynode_entity_size\\{collection_id=\"\\d+\",node_id=\"1\",segment_state=\"Sealed\"} (\\S+)$")
                .matcher(scrape);
        assertThat(entity.find()).as("Milvus's entity_size series").isTrue();
        assertThat(Double.parseDouble(entity.group(1))).isEqualTo(novel);
    }

    @Test
    void jvmMemoryGcAndThreadsAreThere() {
        assertThat(scrape)
                .containsPattern("(?m)^jvm_memory_used_bytes\\{area=\"heap\",[^}]*} [0-9.E]+$")
                .contains("# TYPE jvm_gc_memory_allocated_bytes_total counter")
                .contains("# TYPE jvm_gc_max_data_size_bytes gauge"); // jvm_gc_pause_seconds comes with the first pause
        assertThat(value("jvm_threads_live_threads")).isPositive();
        assertThat(value("jvm_classes_loaded_classes")).isPositive();
    }

    @Test
    void aDroppedCollectionLeavesTheNextScrape() throws Exception {
        String schema = "{\"name\":\"brief\",\"fields\":["
                + "{\"name\":\"id\",\"data_type\":5,\"is_primary_key\":true},"
                + "{\"name\":\"vec\",\"data_type\":101,\"type_params\":[{\"key\":\"dim\",\"value\":\"2\"}]}]}";
        post("/api/v1/collection", "{\"collection_name\":\"brief\",\"schema\":" + schema + "}");
        assertThat(get("/metrics").body()).contains("partita_collection_loaded_bytes{collection=\"brief\"}");

        grpc.dropCollection(
                DropCollectionRequest.newBuilder().setCollectionName("brief").build());

        assertThat(get("/metrics").body())
                .doesNotContain("collection=\"brief\"")
                .contains("partita_collection_loaded_bytes{collection=\"book\"}");
    }
}
