package io.partita.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Metadata;
import io.grpc.stub.StreamObserver;
import io.partita.param.ConnectParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.transport.CallOptions;
import io.partita.transport.Operations;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import io.partita.wire.ConnectRequest;
import io.partita.wire.ConnectResponse;
import io.partita.wire.ServerInfo;
import io.partita.wire.Status;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class GrpcConnectionTest {
    private static final HasCollectionParam HAS_BOOK =
            HasCollectionParam.newBuilder().withCollectionName("book").build();

    private static ConnectParam.Builder param(int port) {
        return ConnectParam.newBuilder().withUri("grpc://127.0.0.1:" + port).withConnectTimeout(Duration.ofSeconds(2));
    }

    private static TransportFailure failureOf(ThrowingCall call) {
        try {
            call.run();
        } catch (TransportException e) {
            return e.getFailure();
        }
        throw new AssertionError("expected a TransportException");
    }

    private interface ThrowingCall {
        void run() throws TransportException;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void aCallSlowerThanItsDeadlineFailsWithDeadlineExceeded() throws Exception {
        try (LoopbackServer s = LoopbackServer.plain(new ScriptedService(Duration.ofSeconds(2)));
                GrpcTransport t = GrpcTransport.create(param(s.port()).build())) {
            long start = System.nanoTime();
            TransportFailure f = failureOf(() ->
                    t.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.withDeadline(Duration.ofMillis(200))));
            assertThat(f).isEqualTo(TransportFailure.DEADLINE_EXCEEDED);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
        }
    }

    @Test
    void aCallWithinItsDeadlineAnswers() throws Exception {
        try (LoopbackServer s = LoopbackServer.plain(new ScriptedService(Duration.ofMillis(50)));
                GrpcTransport t = GrpcTransport.create(param(s.port()).build())) {
            assertThat(t.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.withDeadline(Duration.ofSeconds(5)))
                            .getValue())
                    .isTrue();
        }
    }

    @Test
    void aCallToAServerThatIsDownFailsWithUnavailable() throws Exception {
        try (GrpcTransport t = GrpcTransport.create(param(freePort()).build())) {
            assertThat(failureOf(() -> t.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.none())))
                    .isEqualTo(TransportFailure.UNAVAILABLE);
        }
    }

    @Test
    void anEagerBuildAgainstAServerThatIsDownFailsWithUnavailableWithinTheConnectTimeout() throws Exception {
        int port = freePort();
        long start = System.nanoTime();
        TransportFailure f = failureOf(() -> GrpcTransport.builder(
                        param(port).withConnectTimeout(Duration.ofMillis(700)).build())
                .eagerConnect(true)
                .build());
        assertThat(f).isEqualTo(TransportFailure.UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isBetween(Duration.ofMillis(600), Duration.ofSeconds(3));
    }

    @Test
    void anEagerBuildFallsBackToGetVersionWhenConnectIsUnimplemented() throws Exception {
        try (LoopbackServer s = LoopbackServer.plain(new ScriptedService());
                GrpcTransport t = GrpcTransport.builder(param(s.port()).build())
                        .eagerConnect(true)
                        .build()) {
            assertThat(t.serverVersion()).isEqualTo("v2.1.4");
        }
    }

    @Test
    void anEagerBuildReadsTheVersionFromConnectWhenTheServerKnowsIt() throws Exception {
        ScriptedService modern = new ScriptedService() {
            @Override
            public void connect(ConnectRequest request, StreamObserver<ConnectResponse> out) {
                out.onNext(ConnectResponse.newBuilder()
                        .setStatus(Status.getDefaultInstance())
                        .setServerInfo(ServerInfo.newBuilder()
                                .setBuildTags(
                                        "v2.3.1-" + request.getClientInfo().getSdkType()))
                        .build());
                out.onCompleted();
            }
        };
        try (LoopbackServer s = LoopbackServer.plain(modern);
                GrpcTransport t = GrpcTransport.builder(param(s.port()).build())
                        .eagerConnect(true)
                        .build()) {
            assertThat(t.serverVersion()).isEqualTo("v2.3.1-Java");
        }
    }

    @Test
    void everyCallCarriesBase64UserAndPasswordAndTheDatabaseName() throws Exception {
        try (LoopbackServer s = LoopbackServer.plain(new ScriptedService());
                GrpcTransport t = GrpcTransport.create(param(s.port())
                        .withAuthorization("root", "Milvus")
                        .withDatabaseName("library")
                        .build())) {
            t.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.none());
            Metadata h = s.lastHeaders();
            assertThat(h.get(GrpcChannelFactory.AUTHORIZATION))
                    .isEqualTo(Base64.getEncoder().encodeToString("root:Milvus".getBytes(StandardCharsets.UTF_8)));
            assertThat(h.get(GrpcChannelFactory.DBNAME)).isEqualTo("library");
        }
    }

    @Test
    void theDefaultDatabaseIsNotNamedOnTheWireAsOfficialClientsDoNot() throws Exception {
        try (LoopbackServer s = LoopbackServer.plain(new ScriptedService());
                GrpcTransport t = GrpcTransport.create(param(s.port()).build())) {
            t.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.none());
            assertThat(s.lastHeaders().get(GrpcChannelFactory.DBNAME)).isNull();
        }
    }

    @Test
    void aTokenIsSentAsBase64OfTheTokenItself() throws Exception {
        try (LoopbackServer s = LoopbackServer.plain(new ScriptedService());
                GrpcTransport t = GrpcTransport.create(
                        param(s.port()).withToken("api-key-123").build())) {
            t.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.none());
            assertThat(s.lastHeaders().get(GrpcChannelFactory.AUTHORIZATION))
                    .isEqualTo(Base64.getEncoder().encodeToString("api-key-123".getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void withoutCredentialsNoAuthorizationHeaderIsSent() throws Exception {
        try (LoopbackServer s = LoopbackServer.plain(new ScriptedService());
                GrpcTransport t = GrpcTransport.create(param(s.port()).build())) {
            t.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.none());
            assertThat(s.lastHeaders().get(GrpcChannelFactory.AUTHORIZATION)).isNull();
        }
    }

    @Test
    void anRpcTheServerDoesNotKnowFailsWithUnimplemented() throws Exception {
        try (LoopbackServer s = LoopbackServer.plain(new ScriptedService());
                GrpcTransport t = GrpcTransport.create(param(s.port()).build())) {
            assertThatThrownBy(() -> t.call(
                            Operations.RELEASE_PARTITIONS,
                            io.partita.param.partition.ReleasePartitionsParam.newBuilder()
                                    .withCollectionName("book")
                                    .withPartitionNames(java.util.List.of("novel"))
                                    .build(),
                            CallOptions.none()))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("ReleasePartitions")
                    .extracting(e -> ((TransportException) e).getFailure())
                    .isEqualTo(TransportFailure.UNIMPLEMENTED);
        }
    }

    @Test
    void aClosedTransportRefusesCallsWithUnavailable() throws Exception {
        try (LoopbackServer s = LoopbackServer.plain(new ScriptedService())) {
            GrpcTransport t = GrpcTransport.create(param(s.port()).build());
            t.close();
            t.close();
            assertThat(failureOf(() -> t.call(Operations.HAS_COLLECTION, HAS_BOOK, CallOptions.none())))
                    .isEqualTo(TransportFailure.UNAVAILABLE);
        }
    }

    @Test
    void anAnswerLargerThanTheMaximumMessageSizeFailsWithResourceExhausted() throws Exception {
        ScriptedService verbose = new ScriptedService() {
            @Override
            public void getMetrics(
                    io.partita.wire.GetMetricsRequest request, StreamObserver<io.partita.wire.GetMetricsResponse> out) {
                out.onNext(io.partita.wire.GetMetricsResponse.newBuilder()
                        .setStatus(Status.getDefaultInstance())
                        .setResponse("x".repeat(64 * 1024))
                        .build());
                out.onCompleted();
            }
        };
        io.partita.param.control.GetMetricsParam metrics = io.partita.param.control.GetMetricsParam.newBuilder()
                .withRequest("{\"metric_type\":\"system_info\"}")
                .build();
        try (LoopbackServer s = LoopbackServer.plain(verbose);
                GrpcTransport small = GrpcTransport.create(
                        param(s.port()).withMaxMessageSizeBytes(16 * 1024).build());
                GrpcTransport large = GrpcTransport.create(param(s.port()).build())) {
            assertThat(failureOf(() -> small.call(Operations.GET_METRICS, metrics, CallOptions.none())))
                    .isEqualTo(TransportFailure.RESOURCE_EXHAUSTED);
            assertThat(large.call(Operations.GET_METRICS, metrics, CallOptions.none())
                            .getResponse())
                    .hasSize(64 * 1024);
        }
    }
}
