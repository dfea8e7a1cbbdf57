package io.partita.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.partita.server.ReferenceServer;
import io.partita.server.auth.AuthInterceptor;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.ShowCollectionsRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP and gRPC ports accept the same credential formats and refuse the same way (issue 18, defect 13). */
class BothPortsAuthTest {
    @TempDir
    static Path dir;

    static ReferenceServer server;
    static ManagedChannel channel;

    @BeforeAll
    static void start() throws Exception {
        server = ReferenceServer.builder()
                .dataDir(dir)
                .grpcPort(0)
                .httpPort(0)
                .auth(true)
                .rootPassword("First-secret")
                .start();
        channel = NettyChannelBuilder.forAddress("127.0.0.1", server.grpcPort())
                .usePlaintext()
                .build();
    }

    @AfterAll
    static void stop() throws Exception {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static int grpc(String authorization) {
        Metadata md = new Metadata();
        md.put(AuthInterceptor.AUTHORIZATION, authorization);
        try {
            MilvusServiceGrpc.newBlockingStub(channel)
                    .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(md))
                    .showCollections(ShowCollectionsRequest.getDefaultInstance());
            return 200;
        } catch (StatusRuntimeException e) {
            return e.getStatus().getCode() == Status.Code.UNAUTHENTICATED ? 401 : 500;
        }
    }

    static int http(String authorization) throws Exception {
        return new HttpProbe(server.httpPort())
                .withAuthorization(authorization)
                .send("GET", "/api/v1/collections", "{}")
                .statusCode();
    }

    @Test
    void everyFormatIsAcceptedOnBothPorts() throws Exception {
        for (String v : new String[] {
            "Basic " + b64("root:First-secret"),
            b64("root:First-secret"),
            "root:First-secret",
            "Bearer root:First-secret"
        }) {
            assertThat(http(v)).as("HTTP %s", v).isEqualTo(200);
            assertThat(grpc(v)).as("gRPC %s", v).isEqualTo(200);
        }
    }

    @Test
    void theDefaultPasswordIsRefusedWhenAnotherWasSetAtStart() throws Exception {
        assertThat(http("Basic " + b64("root:Milvus"))).isEqualTo(401);
        assertThat(grpc(b64("root:Milvus"))).isEqualTo(401);
    }

    @Test
    void aMalformedCredentialIsRefusedAlikeOnBothPorts() throws Exception {
        assertThat(http("Basic !!!")).isEqualTo(401);
        assertThatThrownBy(() -> {
                    Metadata md = new Metadata();
                    md.put(AuthInterceptor.AUTHORIZATION, "Basic !!!");
                    MilvusServiceGrpc.newBlockingStub(channel)
                            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(md))
                            .showCollections(ShowCollectionsRequest.getDefaultInstance());
                })
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getDescription())
                                .isEqualTo("auth check failure, please check username and password are correct"));
    }
}
