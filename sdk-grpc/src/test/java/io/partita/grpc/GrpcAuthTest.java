package io.partita.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.ShowCollectionsResponse;
import io.partita.param.ConnectParam;
import io.partita.param.collection.ShowCollectionsParam;
import io.partita.server.model.Profile;
import io.partita.transport.CallOptions;
import io.partita.transport.Operations;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Authentication against the real reference server with {@code authorizationEnabled}. */
class GrpcAuthTest {
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(Profile.MILVUS_2_1, true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TransportFailure showCollectionsFailure(ConnectParam.Builder b) throws TransportException {
        try (GrpcTransport t = GrpcTransport.create(b.withUri(server.grpcUri()).build())) {
            t.call(
                    Operations.SHOW_COLLECTIONS,
                    ShowCollectionsParam.newBuilder().build(),
                    CallOptions.withDeadline(Duration.ofSeconds(10)));
            return null;
        } catch (TransportException e) {
            return e.getFailure();
        }
    }

    @Test
    void aCallWithoutCredentialsIsUnauthenticated() throws Exception {
        assertThat(showCollectionsFailure(ConnectParam.newBuilder())).isEqualTo(TransportFailure.UNAUTHENTICATED);
    }

    @Test
    void aCallWithAWrongPasswordIsUnauthenticated() throws Exception {
        assertThat(showCollectionsFailure(ConnectParam.newBuilder().withAuthorization("root", "wrong")))
                .isEqualTo(TransportFailure.UNAUTHENTICATED);
    }

    @Test
    void aCallWithTheRightUserAndPasswordSucceeds() throws Exception {
        try (GrpcTransport t = GrpcTransport.create(ConnectParam.newBuilder()
                .withUri(server.grpcUri())
                .withAuthorization("root", "Milvus")
                .build())) {
            ShowCollectionsResponse r = t.call(
                    Operations.SHOW_COLLECTIONS,
                    ShowCollectionsParam.newBuilder().build(),
                    CallOptions.withDeadline(Duration.ofSeconds(10)));
            assertThat(r.getStatus().isSuccess()).isTrue();
        }
    }

    @Test
    void theTokenFormUserColonPasswordSucceedsToo() throws Exception {
        try (GrpcTransport t = GrpcTransport.create(ConnectParam.newBuilder()
                .withUri(server.grpcUri())
                .withToken("root:Milvus")
                .build())) {
            assertThat(t.call(
                                    Operations.SHOW_COLLECTIONS,
                                    ShowCollectionsParam.newBuilder().build(),
                                    CallOptions.none())
                            .getStatus()
                            .isSuccess())
                    .isTrue();
        }
    }

    @Test
    void anEagerBuildWithWrongCredentialsFailsAtOnceWithUnauthenticated() {
        try {
            GrpcTransport.builder(ConnectParam.newBuilder()
                            .withUri(server.grpcUri())
                            .withAuthorization("root", "nope")
                            .build())
                    .eagerConnect(true)
                    .build()
                    .close();
            throw new AssertionError("expected UNAUTHENTICATED");
        } catch (TransportException e) {
            assertThat(e.getFailure()).isEqualTo(TransportFailure.UNAUTHENTICATED);
        }
    }
}
