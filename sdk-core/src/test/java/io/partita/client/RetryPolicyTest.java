package io.partita.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.exception.MilvusTransportException;
import io.partita.model.BoolResponse;
import io.partita.model.ErrorCode;
import io.partita.model.MutationResult;
import io.partita.model.Status;
import io.partita.param.R;
import io.partita.param.RetryParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.param.dml.DeleteParam;
import io.partita.testing.FakeTransport;
import io.partita.transport.Operations;
import io.partita.transport.TransportFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final FakeTransport transport = new FakeTransport();
    private final ManualClock clock = new ManualClock();
    private final MilvusServiceClient client = Clients.over(transport, clock);
    private final HasCollectionParam has =
            HasCollectionParam.newBuilder().withCollectionName("book").build();

    private static BoolResponse yes() {
        return BoolResponse.newBuilder().setValue(true).build();
    }

    @Test
    void anUnavailableServerIsRetriedUntilItAnswers() {
        transport
                .fail(Operations.HAS_COLLECTION, TransportFailure.UNAVAILABLE, "connection refused")
                .fail(Operations.HAS_COLLECTION, TransportFailure.UNAVAILABLE, "connection refused")
                .respond(Operations.HAS_COLLECTION, yes());

        R<Boolean> r = client.hasCollection(has);

        assertThat(r.getData()).isTrue();
        assertThat(transport.callCount(Operations.HAS_COLLECTION)).isEqualTo(3);
        assertThat(clock.sleeps).hasSize(2);
    }

    @Test
    void retriesGiveUpAfterMaxRetryTimesAndReportTheLastFailure() {
        transport.fail(Operations.HAS_COLLECTION, TransportFailure.UNAVAILABLE, "connection refused");
        MilvusClient limited =
                client.withRetry(RetryParam.newBuilder().withMaxRetryTimes(2).build());

        R<Boolean> r = limited.hasCollection(has);

        assertThat(r.getStatus()).isEqualTo(R.Status.Unavailable.getCode());
        assertThat(r.getException()).isInstanceOf(MilvusTransportException.class);
        assertThat(transport.callCount(Operations.HAS_COLLECTION)).isEqualTo(3);
    }

    @Test
    void noRetryStartsOnceTheRetryTimeoutWouldPass() {
        transport.fail(Operations.HAS_COLLECTION, TransportFailure.UNAVAILABLE, "down");
        MilvusClient c = client.withRetry(RetryParam.newBuilder()
                .withMaxRetryTimes(50)
                .withInitialBackOffMs(100)
                .withBackOffMultiplier(1)
                .withMaxBackOffMs(100)
                .withMaxRetryTimeoutMs(1_000)
                .build());

        R<Boolean> r = c.hasCollection(has);

        assertThat(r.getStatus()).isEqualTo(R.Status.Unavailable.getCode());
        Duration slept = clock.sleeps.stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(slept).isLessThanOrEqualTo(Duration.ofSeconds(1));
        // each wait is 50–100 ms, and retrying stopped only when the next wait would pass the second
        assertThat(slept).isGreaterThan(Duration.ofMillis(900));
        assertThat(clock.sleeps.size()).isBetween(10, 20);
        assertThat(transport.callCount(Operations.HAS_COLLECTION)).isEqualTo(clock.sleeps.size() + 1);
    }

    @Test
    void backoffGrowsByTheMultiplierAndIsCappedWithJitterBelowTheCap() {
        transport.fail(Operations.HAS_COLLECTION, TransportFailure.UNAVAILABLE, "down");
        MilvusClient c = client.withRetry(RetryParam.newBuilder()
                .withMaxRetryTimes(6)
                .withInitialBackOffMs(100)
                .withBackOffMultiplier(2)
                .withMaxBackOffMs(500)
                .build());

        c.hasCollection(has);

        long[] ceilings = {100, 200, 400, 500, 500, 500};
        assertThat(clock.sleeps).hasSize(6);
        for (int i = 0; i < ceilings.length; i++) {
            Duration sleep = clock.sleeps.get(i);
            assertThat(sleep)
                    .as("sleep %d", i)
                    .isBetween(Duration.ofMillis(ceilings[i] / 2), Duration.ofMillis(ceilings[i]));
        }
    }

    @Test
    void aServerErrorThatIsNotRetriableIsReturnedAtOnce() {
        transport.respond(
                Operations.HAS_COLLECTION,
                BoolResponse.newBuilder()
                        .setStatus(Status.of(ErrorCode.UnexpectedError, "boom"))
                        .build());

        R<Boolean> r = client.hasCollection(has);

        assertThat(r.getStatus()).isEqualTo(1);
        assertThat(transport.callCount(Operations.HAS_COLLECTION)).isEqualTo(1);
        assertThat(clock.sleeps).isEmpty();
    }

    @Test
    void aRateLimitedAnswerIsRetried() {
        transport.respond(
                Operations.HAS_COLLECTION,
                BoolResponse.newBuilder()
                        .setStatus(Status.of(ErrorCode.RateLimit, "rate limit exceeded"))
                        .build(),
                yes());

        assertThat(client.hasCollection(has).getData()).isTrue();
        assertThat(transport.callCount(Operations.HAS_COLLECTION)).isEqualTo(2);
    }

    @Test
    void aRateLimitedAnswerIsNotRetriedWhenRetryOnRateLimitIsOff() {
        transport.respond(
                Operations.HAS_COLLECTION,
                BoolResponse.newBuilder()
                        .setStatus(Status.of(ErrorCode.RateLimit, "rate limit exceeded"))
                        .build(),
                yes());

        R<Boolean> r = client.withRetry(
                        RetryParam.newBuilder().withRetryOnRateLimit(false).build())
                .hasCollection(has);

        assertThat(r.getStatus()).isEqualTo(ErrorCode.RateLimit.getNumber());
        assertThat(transport.callCount(Operations.HAS_COLLECTION)).isEqualTo(1);
    }

    @Test
    void aServerStatusMarkedRetriableIsRetried() {
        Status retriable = Status.newBuilder()
                .setErrorCode(ErrorCode.UnexpectedError)
                .setCode(65535)
                .setReason("busy")
                .setRetriable(true)
                .build();
        transport.respond(
                Operations.HAS_COLLECTION,
                BoolResponse.newBuilder().setStatus(retriable).build(),
                yes());

        assertThat(client.hasCollection(has).getData()).isTrue();
    }

    @Test
    void aDeadlineExceededIsNotRetried() {
        transport.fail(Operations.HAS_COLLECTION, TransportFailure.DEADLINE_EXCEEDED, "deadline");

        R<Boolean> r = client.hasCollection(has);

        assertThat(r.getStatus()).isEqualTo(R.Status.DeadlineExceeded.getCode());
        assertThat(transport.callCount(Operations.HAS_COLLECTION)).isEqualTo(1);
    }

    @Test
    void aNonIdempotentOperationIsNotResentAfterAnUnavailableFailure() {
        transport
                .fail(Operations.DELETE, TransportFailure.UNAVAILABLE, "reset")
                .respond(Operations.DELETE, MutationResult.newBuilder().build());

        R<MutationResult> r = client.delete(DeleteParam.newBuilder()
                .withCollectionName("book")
                .withExpr("id in [1]")
                .build());

        assertThat(r.getStatus()).isEqualTo(R.Status.Unavailable.getCode());
        assertThat(transport.callCount(Operations.DELETE)).isEqualTo(1);
    }

    @Test
    void retriesCanBeTurnedOff() {
        transport.fail(Operations.HAS_COLLECTION, TransportFailure.UNAVAILABLE, "down");

        client.withRetry(RetryParam.newBuilder().withMaxRetryTimes(0).build()).hasCollection(has);

        assertThat(transport.callCount(Operations.HAS_COLLECTION)).isEqualTo(1);
    }
}
