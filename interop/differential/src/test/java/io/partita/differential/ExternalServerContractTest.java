package io.partita.differential;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.testing.TransportContractTest;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * sdk-core's transport contract suite against a server that is already running, real Milvus or
 * a reference server: {@code -Dpartita.contract.uri=grpc://127.0.0.1:19530} (or {@code http://...}
 * for the REST transport) and {@code -Dpartita.contract.profile=milvus-2.1|milvus-2.3}, the
 * behaviour the server is expected to show. Skipped when no URI is given, so a plain build never
 * needs a server. {@code -Dpartita.contract.unsupported=CalcDistance,LoadBalance} names RPCs the
 * server does not offer.
 */
@EnabledIfSystemProperty(named = "partita.contract.uri", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalServerContractTest extends TransportContractTest {
    private MilvusServiceClient client;

    @BeforeAll
    void connect() {
        client = new MilvusServiceClient(ConnectParam.newBuilder().withUri(System.getProperty("partita.contract.uri"))
            .withConnectTimeout(Duration.ofSeconds(10)).build());
    }

    @AfterAll
    void close() {
        client.close();
    }

    @Override
    protected MilvusClient client() {
        return client;
    }

    @Override
    protected Profile profile() {
        String id = System.getProperty("partita.contract.profile", "milvus-2.1");
        for (Profile p : Profile.values()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("partita.contract.profile must be milvus-2.1 or milvus-2.3, was: " + id);
    }

    @Override
    protected Set<String> unsupportedOperations() {
        String list = System.getProperty("partita.contract.unsupported", "");
        return list.isBlank() ? Set.of() : Set.of(list.split(","));
    }
}
