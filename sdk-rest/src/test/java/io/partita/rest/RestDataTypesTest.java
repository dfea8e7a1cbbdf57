package io.partita.rest;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.testing.DataTypesContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Today's data model (JSON, Array, nullable, dynamic) through {@link RestTransport} on Milvus 2.1's
 * {@code /api/v1} shapes (which the reference server extends with JSON and Array columns) against
 * a milvus-2.6 server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestDataTypesTest extends DataTypesContract {
    private Path dataDir;
    private ReferenceServer server;
    private MilvusServiceClient client;

    @BeforeAll
    void startServer() throws IOException {
        dataDir = Files.createTempDirectory("partita-rest-types");
        server = ReferenceServer.builder()
                .dataDir(dataDir)
                .grpcPort(0)
                .httpPort(0)
                .profile(Profile.MILVUS_2_6)
                .start();
        client = new MilvusServiceClient(ConnectParam.newBuilder()
                .withUri("http://127.0.0.1:" + server.httpPort())
                .build());
    }

    @AfterAll
    void stopServer() throws IOException {
        client.close();
        server.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Override
    protected MilvusClient client() {
        return client;
    }
}
