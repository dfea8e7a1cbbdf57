package io.partita.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.partita.server.ReferenceServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Body and header limits and Basic auth, on a server with auth on and a 4 KiB body limit. */
class HttpLimitsAndAuthTest {
    @TempDir
    static Path dir;

    static ReferenceServer server;
    static HttpProbe anonymous;
    static HttpProbe root;

    @BeforeAll
    static void start() throws Exception {
        server = ReferenceServer.builder()
                .dataDir(dir)
                .grpcPort(0)
                .httpPort(0)
                .auth(true)
                .maxInboundMessageBytes(4096)
                .start();
        anonymous = new HttpProbe(server.httpPort());
        root = anonymous.withAuthorization(basic("root", "Milvus"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCallWithoutCredentialsIs401WithABasicChallenge() throws Exception {
        HttpResponse<String> r = anonymous.send("GET", "/api/v1/collections", "{}");

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic "));
        assertThat(JsonParser.parseString(r.body())
                        .getAsJsonObject()
                        .get("reason")
                        .getAsString())
                .isEqualTo("missing authorization in header");
    }

    @Test
    void aWrongPasswordIs401AndDoesNotEchoIt() throws Exception {
        HttpResponse<String> r =
                anonymous.withAuthorization(basic("root", "wrong-secret")).send("GET", "/api/v1/collections", "{}");

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).doesNotContain("wrong-secret");
    }

    @Test
    void theRootCredentialsOfTheCredentialStoreAreAccepted() throws Exception {
        HttpResponse<String> r = root.send("GET", "/api/v1/collections", "{}");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("{\"status\":{}");
    }

    @Test
    void healthzAndMetricsStayOpenWithoutCredentials() throws Exception {
        assertThat(anonymous.send("GET", "/healthz", null).statusCode()).isEqualTo(200);
        assertThat(anonymous.send("GET", "/metrics", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimitIs413WithAJsonError() throws Exception {
        String big = "{\"collection_name\":\"" + "x".repeat(5000) + "\"}";

        HttpResponse<String> r = root.send("GET", "/api/v1/collection/existence", big);

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(JsonParser.parseString(r.body())
                        .getAsJsonObject()
                        .get("reason")
                        .getAsString())
                .contains("request body too large")
                .contains("4096");
    }

    @Test
    void headersOverTheLimitAre431() throws Exception {
        HttpResponse<String> r = root.withAuthorization(basic("root", "Milvus") + " " + "y".repeat(10_000))
                .send("GET", "/api/v1/collections", "{}");

        assertThat(r.statusCode()).isIn(431, 400);
    }
}
