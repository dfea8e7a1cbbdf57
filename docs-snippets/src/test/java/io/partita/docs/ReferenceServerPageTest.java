package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@PartitaServer(http = true, scope = PartitaServer.Scope.JVM)
class ReferenceServerPageTest {
    private final DocPage page = DocPage.load("reference_server.md");

    static ReferenceServer embedded(Path dataDir) throws IOException {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::embedded[]
        ReferenceServer server = ReferenceServer.builder()
            .dataDir(dataDir)                       // catalog, WAL and segments; kept across restarts
            .grpcPort(0)                            // 0 = any free port; see server.grpcPort()
            .httpPort(0)                            // -1 (the default when embedded) = no HTTP API
            .profile(Profile.MILVUS_2_3)
            .memoryLimitBytes(512L * 1024 * 1024)   // per query node; loads refused past 90%
            .queryNodes(2)
            .start();
        // end::embedded[]
        // spotless:on
        return server;
    }

    @Test
    void theEmbeddingSnippetStartsAServer(@TempDir Path dir) throws IOException {
        try (ReferenceServer server = embedded(dir)) {
            assertThat(server.state()).isEqualTo(ReferenceServer.State.RUNNING);
            assertThat(server.engine().queryNodes()).hasSize(2);
            assertThat(server.httpPort()).isPositive();
        }
    }

    @Test
    void everyFlagOfTheCommandLineSnippetIsAcceptedByTheServer() {
        for (DocPage.Block block : page.runBlocks("server-flags")) {
            String line = block.text().replace("\\\n", " ").strip();
            List<String> words = Runner.words(line);
            assertThat(words.subList(0, 3)).containsExactly("java", "-jar", "reference-server.jar");
            CommandLine.ParseResult parsed = new CommandLine(new io.partita.server.Main())
                    .parseArgs(words.subList(3, words.size()).toArray(new String[0]));
            assertThat(parsed.errors()).isEmpty();
        }
    }

    @Test
    void theMetricsSnippetAnswersPrometheusText(PartitaEndpoints endpoints) throws Exception {
        String command = page.runBlock("curl-text").text().strip();
        String url = command.substring(command.indexOf("http"))
                .replace("localhost:9091", "127.0.0.1:" + endpoints.httpUri().getPort());

        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("# TYPE");
    }
}
