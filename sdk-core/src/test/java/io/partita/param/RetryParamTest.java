package io.partita.param;

import static io.partita.param.ParamAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryParamTest {

    @Test
    void defaultsRetryThreeTimesFrom10MsCappedAt3Seconds() {
        RetryParam p = RetryParam.defaults();

        assertThat(p.getMaxRetryTimes()).isEqualTo(3);
        assertThat(p.getInitialBackOff()).isEqualTo(Duration.ofMillis(10));
        assertThat(p.getMaxBackOff()).isEqualTo(Duration.ofSeconds(3));
        assertThat(p.getBackOffMultiplier()).isEqualTo(3);
        assertThat(p.isRetryOnRateLimit()).isTrue();
        assertThat(p.getMaxRetryTimeout()).isZero();
    }

    @Test
    void badValuesAreRejectedNamingTheField() {
        assertRejected(() -> RetryParam.newBuilder().withMaxRetryTimes(-1).build(), "maxRetryTimes", "got -1");
        assertRejected(
                () -> RetryParam.newBuilder().withInitialBackOffMs(0).build(), "initialBackOff must be positive");
        assertRejected(
                () -> RetryParam.newBuilder().withInitialBackOff(null).build(), "initialBackOff must not be null");
        assertRejected(
                () -> RetryParam.newBuilder()
                        .withInitialBackOffMs(100)
                        .withMaxBackOffMs(50)
                        .build(),
                "maxBackOff must be at least");
        assertRejected(() -> RetryParam.newBuilder().withBackOffMultiplier(0).build(), "backOffMultiplier");
        assertRejected(
                () -> RetryParam.newBuilder().withMaxRetryTimeoutMs(-1).build(),
                "maxRetryTimeout must be zero (no limit) or positive");
    }
}
