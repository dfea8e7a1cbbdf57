package io.partita.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chunked bodies are bounded per request and in total (issue 18, defect 8): with a 4 KiB body
 * limit the server holds at most 16 KiB of bodies at once, refusing the rest with 429.
 */
class HttpBodyBudgetTest {
    @TempDir
    static Path dir;

    static ReferenceServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ReferenceServer.builder()
                .dataDir(dir)
                .grpcPort(0)
                .httpPort(0)
                .maxInboundMessageBytes(4096)
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static byte[] spaces(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) ' ');
        return b;
    }

    @Test
    void aChunkedBodyOverTheLimitIs413WithoutBeingBufferedWhole() throws Exception {
        try (RawHttpConnection c = new RawHttpConnection(server.httpPort())) {
            c.startChunked("GET", "/api/v1/collections");
            c.chunk(spaces(3000));
            c.chunk(spaces(3000));
            RawHttpConnection.Reply r = c.lastChunk();

            assertThat(r.status()).isEqualTo(413);
            assertThat(r.body()).contains("request body too large").contains("4096");
        }
    }

    /** The server's {@code partita_http_request_body_bytes_in_flight} gauge. */
    static long bodyBytesInFlight() throws Exception {
        try (RawHttpConnection c = new RawHttpConnection(server.httpPort())) {
            String metrics = c.exchange("GET", "/metrics", "").body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "(?m)^partita_http_request_body_bytes_in_flight (\\S+)$")
                    .matcher(metrics);
            assertThat(m.find()).as("the gauge is in /metrics").isTrue();
            return (long) Double.parseDouble(m.group(1)); // Micrometer prints gauges as doubles
        }
    }

    @Test
    void theBodyBytesInFlightGaugeIsInMetricsAndBackToZeroWhenIdle() throws Exception {
        assertThat(bodyBytesInFlight()).isZero();
    }

    @org.junit.jupiter.api.RepeatedTest(3)
    void unfinishedBodiesHoldingTheWholeBudgetMakeTheNextOneWaitOutsideWith429() throws Exception {
        RawHttpConnection[] holders = new RawHttpConnection[4];
        try {
            for (int i = 0; i < holders.length; i++) {
                holders[i] = new RawHttpConnection(server.httpPort());
                holders[i].startChunked("GET", "/api/v1/collections");
                holders[i].chunk(("{" + " ".repeat(4000)).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            // Wait until the server holds all four bodies: a late request sent earlier could take
            // budget a holder still needs and get that holder refused instead of itself.
            long held = 4 * 4001;
            long waitUntil = System.nanoTime() + 10_000_000_000L;
            while (bodyBytesInFlight() < held && System.nanoTime() < waitUntil) {
                Thread.sleep(10);
            }
            assertThat(bodyBytesInFlight())
                    .as("the four holders' bodies are held")
                    .isEqualTo(held);
            RawHttpConnection.Reply refused;
            try (RawHttpConnection late = new RawHttpConnection(server.httpPort())) {
                refused = late.exchange("GET", "/api/v1/collections", "{" + " ".repeat(2000) + "}");
            }
            assertThat(refused.status())
                    .as("a body past the in-flight budget is refused")
                    .isEqualTo(429);
            assertThat(refused.body()).contains("\"error_code\":53").contains("memory quota exhausted");

            for (RawHttpConnection h : holders) {
                h.chunk("}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                assertThat(h.lastChunk().status()).isEqualTo(200);
            }
            assertThat(bodyBytesInFlight()).as("every body is given back").isZero();
            try (RawHttpConnection after = new RawHttpConnection(server.httpPort())) {
                assertThat(after.exchange("GET", "/api/v1/collections", "{" + " ".repeat(2000) + "}")
                                .status())
                        .as("the budget is given back once the holders are answered")
                        .isEqualTo(200);
            }
        } finally {
            for (RawHttpConnection h : holders) {
                if (h != null) {
                    h.close();
                }
            }
        }
    }
}
