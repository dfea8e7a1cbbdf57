package io.partita.differential;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.param.IndexType;
import io.partita.param.MetricType;
import io.partita.param.index.CreateIndexParam;
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
 * server does not offer. {@code -Dpartita.contract.indexFirst=true} gives every fixture collection a
 * FLAT index on {@code vec} right after it is created: Milvus 2.3 refuses to load a collection
 * without an index ({@code index not found}, code 700), which the reference server does not require.
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
    protected String newCollection() {
        String name = super.newCollection();
        if (Boolean.getBoolean("partita.contract.indexFirst")) {
            assertSuccess(client.createIndex(CreateIndexParam.newBuilder().withCollectionName(name).withFieldName("vec")
                .withIndexType(IndexType.FLAT).withMetricType(MetricType.L2).withExtraParam("{}").withSyncMode(false).build()));
        }
        return name;
    }

    @Override
    protected Set<String> unsupportedOperations() {
        String list = System.getProperty("partita.contract.unsupported", "");
        return list.isBlank() ? Set.of() : Set.of(list.split(","));
    }
}
