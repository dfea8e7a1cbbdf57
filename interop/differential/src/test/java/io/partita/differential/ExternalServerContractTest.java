package io.partita.differential;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.testing.Expectations;
import io.partita.testing.TransportContractTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * sdk-core's transport contract suite against a server that is already running, real Milvus or
 * a reference server: {@code -Dpartita.contract.uri=grpc://127.0.0.1:19530} (or
 * {@code http://127.0.0.1:9091} for the REST transport) and {@code -Dpartita.contract.server}, the
 * server whose expectations apply: {@code milvus-2.1.0} or {@code milvus-2.3.5} for real Milvus
 * (SEMANTICS.md overridden by what that version was observed to answer, including the RPCs it
 * lacks and whether it needs an index before a load), {@code milvus-2.1} or {@code milvus-2.3} for a
 * reference server of that profile. Skipped when no URI is given, so a plain build never needs a
 * server. With {@code -Dpartita.contract.api=v2} the V2 API's suite runs instead
 * ({@link ExternalServerV2ContractTest}).
 */
@EnabledIfSystemProperty(named = "partita.contract.uri", matches = ".+")
@DisabledIfSystemProperty(named = "partita.contract.api", matches = "v2")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalServerContractTest extends TransportContractTest {
    private final String uri = System.getProperty("partita.contract.uri");
    private final Expectations expectations = Expectations.forServer(
        System.getProperty("partita.contract.server", "milvus-2.1"), URI.create(uri == null ? "grpc://none" : uri).getScheme());
    private MilvusServiceClient client;
    private MilvusServiceClient unreachable;

    @BeforeAll
    void connect() throws IOException {
        client = new MilvusServiceClient(ConnectParam.newBuilder().withUri(uri).withConnectTimeout(Duration.ofSeconds(10)).build());
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        URI u = URI.create(uri);
        unreachable = new MilvusServiceClient(ConnectParam.newBuilder().withUri(u.getScheme() + "://127.0.0.1:" + closedPort)
            .withConnectTimeout(Duration.ofSeconds(1)).build());
    }

    @AfterAll
    void close() {
        client.close();
        unreachable.close();
    }

    /** The same transport to a loopback port nothing listens on (the port of a socket just closed). */
    @Override
    protected MilvusClient unreachableClient() {
        return unreachable;
    }

    @Override
    protected MilvusClient client() {
        return client;
    }

    @Override
    protected Expectations expectations() {
        return expectations;
    }

    @Override
    protected Profile profile() {
        return expectations.profile();
    }
}
