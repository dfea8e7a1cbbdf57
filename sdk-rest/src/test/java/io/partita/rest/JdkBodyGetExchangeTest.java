package io.partita.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDK client's life cycle: its threads end at close, and a GET in flight at close still finishes. */
class JdkBodyGetExchangeTest {
    private static final byte[] BODY = "{\"collection_name\":\"book\"}".getBytes(StandardCharsets.UTF_8);

    static WireMockServer wiremock;

    @BeforeAll
    static void startWireMock() {
        wiremock = new WireMockServer(
                WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wiremock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wiremock.stop();
    }

    @BeforeEach
    void answer() {
        wiremock.resetAll();
        wiremock.stubFor(any(urlPathEqualTo("/api/v1/collection"))
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        wiremock.stubFor(any(urlPathEqualTo("/api/v1/slow"))
                .willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(800)));
    }

    private static JdkBodyGetExchange exchange() throws TransportException {
        HttpUrl base = HttpUrl.get("http://127.0.0.1:" + wiremock.port() + "/api/v1");
        return JdkBodyGetExchange.create(
                new HttpSettings(base, null, 4096, Duration.ofSeconds(5), Duration.ZERO, null, null));
    }

    private static Set<Thread> clientThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("partita-rest-get-") && t.isAlive() && !before.contains(t))
                .collect(Collectors.toSet());
    }

    private static void awaitNone(Set<Thread> before) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!clientThreads(before).isEmpty() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }

    @Test
    void closeEndsTheThreadsOfTheClient() throws Exception {
        Set<Thread> before = clientThreads(Set.of());
        JdkBodyGetExchange e = exchange();
        assertThat(e.send("DescribeCollection", "GET", "/collection", BODY, null).status)
                .isEqualTo(200);
        assertThat(clientThreads(before)).isNotEmpty();

        e.close();
        awaitNone(before);

        assertThat(clientThreads(before)).isEmpty();
    }

    @Test
    void aGetInFlightWhenCloseIsCalledFinishesAndLaterCallsAreRefused() throws Exception {
        Set<Thread> before = clientThreads(Set.of());
        JdkBodyGetExchange e = exchange();
        CompletableFuture<Exchange.Reply> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return e.send("DescribeCollection", "GET", "/slow", BODY, null);
            } catch (TransportException failed) {
                throw new IllegalStateException(failed);
            }
        });
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (wiremock.getAllServeEvents().isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
        }

        e.close();
        TransportException refused = catchThrowableOfType(
                TransportException.class, () -> e.send("DescribeCollection", "GET", "/collection", BODY, null));

        assertThat(inFlight.get().status).isEqualTo(200);
        assertThat(refused.getFailure()).isEqualTo(TransportFailure.UNAVAILABLE);
        awaitNone(before);
        assertThat(clientThreads(before)).isEmpty();
        assertThat(wiremock.getAllServeEvents().stream()
                        .map(s -> s.getRequest().getUrl())
                        .collect(Collectors.toList()))
                .isEqualTo(List.of("/api/v1/slow"));
    }
}
