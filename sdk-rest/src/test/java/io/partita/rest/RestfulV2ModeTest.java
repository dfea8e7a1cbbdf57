package io.partita.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.model.GetCollectionStatisticsResponse;
import io.partita.model.ShowPartitionsResponse;
import io.partita.param.ConnectParam;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.collection.GetCollectionStatisticsParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.ReleasePartitionsParam;
import io.partita.param.partition.ShowPartitionsParam;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST transport's RESTful v2 mode, chosen by the URI's {@code /v2/vectordb} path: the calls
 * RESTful v2 can express reach {@code /v2/vectordb/...} (counted by the server's {@code /metrics}),
 * the others keep {@code /api/v1}, and the answers are the values the {@code /api/v1} mode gives.
 */
class RestfulV2ModeTest {
    @TempDir
    static Path dir;

    static ReferenceServer server;
    static MilvusClient v2;
    static MilvusClient v1;

    @BeforeAll
    static void start() throws Exception {
        server = ReferenceServer.builder()
                .dataDir(dir)
                .grpcPort(0)
                .httpPort(0)
                .profile(Profile.MILVUS_2_6)
                .start();
        v2 = new MilvusServiceClient(ConnectParam.newBuilder()
                .withUri("http://127.0.0.1:" + server.httpPort() + "/v2/vectordb")
                .build());
        v1 = new MilvusServiceClient(ConnectParam.newBuilder()
                .withUri("http://127.0.0.1:" + server.httpPort())
                .build());
    }

    @AfterAll
    static void stop() {
        v2.close();
        v1.close();
        server.close();
    }

    @Test
    void theCallsRestfulV2CanExpressGoThereAndAnswerAsOverApiV1() throws Exception {
        R<RpcStatus> created = v2.createCollection(TwoFieldCollection.named("book"));
        assertThat(created.getStatus()).as(created.getMessage()).isZero();
        assertThat(v2.hasCollection(HasCollectionParam.newBuilder()
                                .withCollectionName("book")
                                .build())
                        .getData())
                .isTrue();
        assertThat(v2.createPartition(CreatePartitionParam.newBuilder()
                                .withCollectionName("book")
                                .withPartitionName("novel")
                                .build())
                        .getStatus())
                .isZero();
        R<ShowPartitionsResponse> listed = v2.showPartitions(
                ShowPartitionsParam.newBuilder().withCollectionName("book").build());
        assertThat(listed.getData().getPartitionNamesList()).containsExactly("_default", "novel");
        R<GetCollectionStatisticsResponse> stats = v2.getCollectionStatistics(GetCollectionStatisticsParam.newBuilder()
                .withCollectionName("book")
                .build());
        R<GetCollectionStatisticsResponse> statsV1 =
                v1.getCollectionStatistics(GetCollectionStatisticsParam.newBuilder()
                        .withCollectionName("book")
                        .build());
        assertThat(stats.getData().getStatsList()).isEqualTo(statsV1.getData().getStatsList());
        assertThat(v2.releasePartitions(ReleasePartitionsParam.newBuilder()
                                .withCollectionName("book")
                                .withPartitionNames(List.of("novel"))
                                .build())
                        .getStatus())
                .isZero();

        R<RpcStatus> missing = v2.releasePartitions(ReleasePartitionsParam.newBuilder()
                .withCollectionName("no_such_book")
                .withPartitionNames(List.of("novel"))
                .build());
        R<RpcStatus> missingV1 = v1.releasePartitions(ReleasePartitionsParam.newBuilder()
                .withCollectionName("no_such_book")
                .withPartitionNames(List.of("novel"))
                .build());
        assertThat(missing.getStatus()).isEqualTo(missingV1.getStatus());
        assertThat(missing.getMessage()).isEqualTo(missingV1.getMessage());

        String metrics = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(metrics)
                .contains(
                        "/v2/vectordb/collections/create",
                        "/v2/vectordb/collections/has",
                        "/v2/vectordb/partitions/create",
                        "/v2/vectordb/collections/get_stats",
                        "/v2/vectordb/partitions/release");
    }

    @Test
    void theTransportSaysWhichApiItSpeaks() throws Exception {
        try (RestTransport t = RestTransport.create(ConnectParam.newBuilder()
                        .withUri("http://127.0.0.1:" + server.httpPort() + "/v2/vectordb")
                        .build());
                RestTransport plain = RestTransport.create(ConnectParam.newBuilder()
                        .withUri("http://127.0.0.1:" + server.httpPort())
                        .build())) {
            assertThat(t.toString()).contains("RESTful v2");
            assertThat(plain.toString()).doesNotContain("RESTful v2");
        }
    }
}
