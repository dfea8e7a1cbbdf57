package io.partita.interop.v2;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.interop.ForkedReferenceServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Done means for the V2 API: a program written against milvus-sdk-java 2.6.22's
 * {@code MilvusClientV2} compiles after the import rewrite alone and prints, against the same
 * reference server, exactly what the official client prints, over Partita's gRPC and its REST
 * transport. The program is src/test/resources/io/partita/interop/v2/BookProgram.java.
 *
 * <p>Each run gets a fresh forked server: the program prints a server error whose text holds a
 * partition id, and ids are only comparable when both runs start from the same empty server.
 */
class V2ProgramMigrationTest {
    private static final String PROGRAM = "BookProgram";

    private static String official;
    private static URLClassLoader officialLoader;
    private static URLClassLoader partitaLoader;

    @BeforeAll
    static void compileBothAndStartTheServer() throws IOException {
        String source;
        try (InputStream in = V2ProgramMigrationTest.class.getResourceAsStream(PROGRAM + ".java")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(source)
                .contains("import io.milvus.v2.client.MilvusClientV2;")
                .doesNotContain("io.partita");
        Path work = Files.createTempDirectory(workRoot(), "v2-program-");
        officialLoader = ProgramCompiler.compile(PROGRAM, source, work.resolve("official"));
        partitaLoader =
                ProgramCompiler.compile(PROGRAM, ProgramCompiler.rewriteImports(source), work.resolve("partita"));
    }

    /** How a run addresses the server: official and Partita name the same gRPC port differently. */
    interface Address {
        String uri(ForkedReferenceServer server);
    }

    private static String runOnFreshServer(ClassLoader loader, Address address) throws Exception {
        try (ForkedReferenceServer server = ForkedReferenceServer.start("milvus-2.3")) {
            assertThat(server.httpPort()).as("the forked server's HTTP port").isPositive();
            return ProgramCompiler.run(loader, PROGRAM, address.uri(server));
        }
    }

    private static Path workRoot() throws IOException {
        Path root = Path.of(System.getProperty("partita.work.dir", System.getProperty("java.io.tmpdir")));
        return Files.createDirectories(root);
    }

    @AfterAll
    static void closeLoaders() throws IOException {
        officialLoader.close();
        partitaLoader.close();
    }

    private static synchronized String officialOutput() throws Exception {
        if (official == null) {
            // The official client's URI form for plaintext gRPC.
            official = runOnFreshServer(officialLoader, s -> "http://" + s.host() + ":" + s.grpcPort());
        }
        return official;
    }

    @Test
    void theOfficialClientRunsTheWholeProgramAgainstTheServer() throws Exception {
        String out = officialOutput();
        assertThat(out)
                .contains("inserted 6")
                .contains("search [[{book_id: ")
                .contains("query [QueryResult{entity=")
                .contains("after release: SERVER_ERROR");
    }

    @Test
    void theRewrittenProgramPrintsTheSameOverGrpc() throws Exception {
        String partita = runOnFreshServer(partitaLoader, s -> "grpc://" + s.host() + ":" + s.grpcPort());
        assertThat(partita).isEqualTo(officialOutput());
    }

    @Test
    void theRewrittenProgramPrintsTheSameOverRest() throws Exception {
        String partita = runOnFreshServer(partitaLoader, s -> "http://" + s.host() + ":" + s.httpPort());
        assertThat(partita).isEqualTo(officialOutput());
    }

    @Test
    void theRewrittenProgramPrintsTheSameOverRestfulV2() throws Exception {
        String partita =
                runOnFreshServer(partitaLoader, s -> "http://" + s.host() + ":" + s.httpPort() + "/v2/vectordb");
        assertThat(partita).isEqualTo(officialOutput());
    }
}
