package io.partita.grpc;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.testing.TransportContractTest;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * sdk-core's transport contract, through {@link GrpcTransport} (found by ServiceLoader from a
 * {@code grpc://} URI) against a real in-process reference server running the milvus-2.1 profile.
 * {@link GrpcTransportContract23Test} runs the same suite against the milvus-2.3 profile.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrpcTransportContractTest extends TransportContractTest {
    private RunningServer server;
    private MilvusServiceClient client;
    private MilvusServiceClient unreachable;

    @Override
    protected Profile profile() {
        return Profile.MILVUS_2_1;
    }

    @BeforeAll
    void startServer() throws Exception {
        server = RunningServer.start(
                io.partita.server.model.Profile.fromId(profile().id()), false);
        client = new MilvusServiceClient(
                ConnectParam.newBuilder().withUri(server.grpcUri()).build());
        int freePort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = s.getLocalPort();
        }
        unreachable = new MilvusServiceClient(ConnectParam.newBuilder()
                .withUri("grpc://127.0.0.1:" + freePort)
                .withConnectTimeout(Duration.ofSeconds(1))
                .build());
    }

    @AfterAll
    void stopServer() {
        client.close();
        unreachable.close();
        server.close();
    }

    @Override
    protected MilvusClient client() {
        return client;
    }

    /** The reference server answers these RPCs UNIMPLEMENTED; the suite then checks that failure's mapping. */
    @Override
    protected Set<String> unsupportedOperations() {
        return Set.of("CalcDistance", "LoadBalance");
    }

    @Override
    protected MilvusClient unreachableClient() {
        return unreachable;
    }
}
