package io.partita.v2.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.HasCollectionReq;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RetryConfig}: how many times {@code MilvusClientV2} sends a call that keeps failing in a
 * retriable way. A server that answers 503 to everything is a fault the reference server cannot
 * produce, so WireMock plays it and counts the requests.
 */
class RetryConfigV2Test {
    private WireMockServer unavailable;
    private MilvusClientV2 client;

    @BeforeEach
    void start() {
        unavailable = new WireMockServer(
                WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        unavailable.start();
        unavailable.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
        client = new MilvusClientV2(ConnectConfig.builder()
                .uri("http://127.0.0.1:" + unavailable.port())
                .build());
    }

    @AfterEach
    void stop() {
        client.close();
        unavailable.stop();
    }

    @Test
    void theDefaultsAreTheOfficialClients() {
        assertThat(RetryConfig.builder().build())
                .hasToString("RetryConfig{maxRetryTimes=75, initialBackOffMs=10, maxBackOffMs=3000, "
                        + "backOffMultiplier=3, retryOnRateLimit=true, maxRetryTimeoutMs=0}");
    }

    @Test
    void aCallIsSentOncePlusMaxRetryTimesAndTheSettingOutlivesUseDatabase() throws Exception {
        client.retryConfig(fast(4));
        assertUnavailable(client);
        assertThat(requests()).isEqualTo(5);

        client.useDatabase("other");
        assertUnavailable(client);
        assertThat(requests()).isEqualTo(10);
    }

    @Test
    void withRetryIsAViewAndLeavesTheClientAlone() {
        client.retryConfig(fast(2));
        assertUnavailable(client.withRetry(fast(0)));
        assertThat(requests()).isEqualTo(1);
        assertUnavailable(client);
        assertThat(requests()).isEqualTo(4);
    }

    @Test
    void badValuesAreRefusedNamingThem() {
        assertThatThrownBy(() -> RetryConfig.builder().maxRetryTimes(-1).build())
                .isInstanceOfSatisfying(
                        MilvusClientException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_PARAMS))
                .hasMessageContaining("maxRetryTimes");
        assertThatThrownBy(() -> RetryConfig.builder().maxRetryTimeoutMs(-5).build())
                .hasMessageContaining("maxRetryTimeout");
        assertThatThrownBy(() -> client.retryConfig(null)).hasMessageContaining("retryConfig");
    }

    private static RetryConfig fast(int retries) {
        return RetryConfig.builder()
                .maxRetryTimes(retries)
                .initialBackOffMs(1)
                .maxBackOffMs(2)
                .build();
    }

    private static void assertUnavailable(MilvusClientV2 c) {
        assertThatThrownBy(() -> c.hasCollection(
                        HasCollectionReq.builder().collectionName("book").build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("503");
    }

    /** @return the requests the server received since the test began */
    private int requests() {
        return unavailable.findAll(anyRequestedFor(anyUrl())).size();
    }
}
