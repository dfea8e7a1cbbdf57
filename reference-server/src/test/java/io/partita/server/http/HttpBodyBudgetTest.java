package io.partita.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
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

    @Test
    @Disabled("flaky: about one run in two the late request hangs for 10 s instead of being answered; "
            + "cause not found yet (issue 18, defect 8)")
    void unfinishedBodiesHoldingTheWholeBudgetMakeTheNextOneWaitOutsideWith429() throws Exception {
        RawHttpConnection[] holders = new RawHttpConnection[4];
        try {
            for (int i = 0; i < holders.length; i++) {
                holders[i] = new RawHttpConnection(server.httpPort());
                holders[i].startChunked("GET", "/api/v1/collections");
                holders[i].chunk(("{" + " ".repeat(4000)).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            RawHttpConnection.Reply refused = null;
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (refused == null && System.nanoTime() < deadline) {
                try (RawHttpConnection late = new RawHttpConnection(server.httpPort())) {
                    RawHttpConnection.Reply r =
                            late.exchange("GET", "/api/v1/collections", "{" + " ".repeat(2000) + "}");
                    if (r.status() == 429) {
                        refused = r;
                    } else {
                        Thread.sleep(50); // the holders' chunks are not all read yet
                    }
                }
            }
            assertThat(refused)
                    .as("a body past the in-flight budget is refused")
                    .isNotNull();
            assertThat(refused.body()).contains("\"error_code\":53").contains("memory quota exhausted");

            for (RawHttpConnection h : holders) {
                h.chunk("}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                assertThat(h.lastChunk().status()).isEqualTo(200);
            }
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
