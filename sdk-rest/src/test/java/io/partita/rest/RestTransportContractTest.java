package io.partita.rest;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.server.ReferenceServer;
import io.partita.testing.TransportContractTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * The core's transport contract through {@link RestTransport} (found by ServiceLoader for the
 * {@code http} scheme) against the real reference server in-process with its HTTP API on, once
 * per profile.
 */
class RestTransportContractTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Milvus21Profile extends OnServer {
        Milvus21Profile() {
            super(Profile.MILVUS_2_1, io.partita.server.model.Profile.MILVUS_2_1);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Milvus23Profile extends OnServer {
        Milvus23Profile() {
            super(Profile.MILVUS_2_3, io.partita.server.model.Profile.MILVUS_2_3);
        }
    }

    /**
     * RESTful v2 mode (a URI path of {@code /v2/vectordb}) against a milvus-2.3 server, held to
     * SEMANTICS.md's 2.3 column. (The suite has no 2.6 column: a milvus-2.6 server caps a
     * collection at 1,024 partitions, row 18 expects 2.3's 4,096; RestfulV2ModeTest runs on 2.6.)
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RestfulV2OnMilvus23Profile extends OnServer {
        RestfulV2OnMilvus23Profile() {
            super(Profile.MILVUS_2_3, io.partita.server.model.Profile.MILVUS_2_3, "/v2/vectordb");
        }
    }

    /** One reference server of a profile, one REST client to it, for a whole nested class. */
    abstract static class OnServer extends TransportContractTest {
        private final Profile profile;
        private final io.partita.server.model.Profile serverProfile;
        private Path dataDir;
        private ReferenceServer server;
        private MilvusClient client;
        private MilvusClient unreachable;

        private final String path;

        OnServer(Profile profile, io.partita.server.model.Profile serverProfile) {
            this(profile, serverProfile, "");
        }

        OnServer(Profile profile, io.partita.server.model.Profile serverProfile, String path) {
            this.profile = profile;
            this.serverProfile = serverProfile;
            this.path = path;
        }

        @BeforeAll
        void startServer() throws IOException {
            dataDir = Files.createTempDirectory("partita-rest-contract");
            server = ReferenceServer.builder()
                    .dataDir(dataDir)
                    .grpcPort(0)
                    .httpPort(0)
                    .profile(serverProfile)
                    .start();
            client = new MilvusServiceClient(ConnectParam.newBuilder()
                    .withUri("http://127.0.0.1:" + server.httpPort() + path)
                    .build());
            unreachable = new MilvusServiceClient(ConnectParam.newBuilder()
                    .withUri("http://127.0.0.1:" + freePort() + path)
                    .build());
        }

        @AfterAll
        void stopServer() throws IOException {
            for (AutoCloseable c : new AutoCloseable[] {client, unreachable, server}) {
                if (c != null) {
                    try {
                        c.close();
                    } catch (Exception e) {
                        throw new IOException("closing " + c, e);
                    }
                }
            }
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }

        @Override
        protected MilvusClient client() {
            return client;
        }

        @Override
        protected Profile profile() {
            return profile;
        }

        /** What the reference server answers UNIMPLEMENTED over gRPC too (same outcome on both transports). */
        @Override
        protected Set<String> unsupportedOperations() {
            return Set.of("CalcDistance", "LoadBalance");
        }

        @Override
        protected MilvusClient unreachableClient() {
            return unreachable;
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }
    }
}
