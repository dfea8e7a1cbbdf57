package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.server.ReferenceServer;
import io.partita.server.engine.Engine;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** metrics.md: its snippet serves {@code /metrics}, and every series its table names is printed there. */
class MetricsPageTest {
    private final DocPage page = DocPage.load("metrics.md");

    static String metricsUrl;

    static ReferenceServer serverWithMetrics(Path dataDir) throws IOException {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::java[]
        ReferenceServer server = ReferenceServer.builder()
            .dataDir(dataDir)
            .grpcPort(0)
            .httpPort(0)                   // /metrics is served on the HTTP port
            .start();
        String metricsUrl = "http://127.0.0.1:" + server.httpPort() + "/metrics";
        // end::java[]
        // spotless:on
        MetricsPageTest.metricsUrl = metricsUrl;
        return server;
    }

    @Test
    void everySeriesInTheTableIsPrintedAfterCallsAndALoad(@TempDir Path dir) throws Exception {
        try (ReferenceServer server = serverWithMetrics(dir)) {
            Engine e = server.engine();
            MmapPageTest.loadedBook(e);
            MilvusServiceClient client = new MilvusServiceClient(ConnectParam.newBuilder()
                    .withUri(server.grpcUri().toString())
                    .build());
            try {
                client.hasCollection(HasCollectionParam.newBuilder()
                                .withCollectionName("book")
                                .build())
                        .orThrow();
            } finally {
                client.close();
            }
            HttpClient http = HttpClient.newHttpClient();
            http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/healthz"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String command = page.runBlock("curl-text").text().strip();
            String url = command.substring(command.indexOf("http"))
                    .replace("localhost:9091", "127.0.0.1:" + server.httpPort());
            assertThat(url).isEqualTo(metricsUrl);
            HttpResponse<String> r =
                    http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);

            Matcher row = Pattern.compile("(?m)^\\| `([a-z_]+)` \\| ([a-z]+)").matcher(Files.readString(page.path()));
            int rows = 0;
            while (row.find()) {
                rows++;
                assertThat(r.body())
                        .as("metrics.md's %s", row.group(1))
                        .contains("# TYPE " + row.group(1) + " " + row.group(2));
            }
            assertThat(rows).isEqualTo(21);
        }
    }
}
