package io.partita.client;

import io.partita.exception.ClientNotConnectedException;
import io.partita.exception.IllegalResponseException;
import io.partita.exception.MilvusServerException;
import io.partita.exception.MilvusTransportException;
import io.partita.exception.ParamException;
import io.partita.model.ErrorCode;
import io.partita.model.HasStatus;
import io.partita.model.Status;
import io.partita.param.R;
import io.partita.param.RetryParam;
import io.partita.transport.CallOptions;
import io.partita.transport.Operation;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one operation through the transport: checks the client is open, applies the per-call
 * deadline, turns the answer or the transport failure into an {@code R}, and retries retriable
 * failures with capped exponential backoff and jitter. Immutable and thread-safe.
 *
 * <p>Logs at DEBUG the operation name, attempt, outcome and elapsed time; never a payload.
 */
final class Invoker {
    private static final Logger LOG = LoggerFactory.getLogger(MilvusServiceClient.class);

    private final ClientCore core;
    private final Duration deadline;
    private final RetryParam retry;

    Invoker(ClientCore core, Duration deadline, RetryParam retry) {
        this.core = core;
        this.deadline = deadline;
        this.retry = retry;
    }

    ClientCore core() {
        return core;
    }

    Invoker withDeadline(Duration newDeadline) {
        return new Invoker(core, newDeadline, retry);
    }

    Invoker withRetry(RetryParam newRetry) {
        return new Invoker(core, deadline, newRetry);
    }

    Duration deadline() {
        return deadline;
    }

    /**
     * @return success with the answer when the server's status is a success; otherwise the failure
     */
    <P, T> R<T> call(Operation<P, T> op, P param) {
        if (param == null) {
            return R.failed(new ParamException("param of " + op.getName() + " must not be null"));
        }
        long backOffNanos = retry.getInitialBackOff().toNanos();
        long startNanos = core.nanoClock.getAsLong();
        long timeoutNanos = retry.getMaxRetryTimeout().toNanos();
        for (int attempt = 0; ; attempt++) {
            R<T> result = once(op, param, attempt);
            if (result.isSuccess() || attempt >= retry.getMaxRetryTimes() || !isRetriable(op, result)) {
                return result;
            }
            long half = backOffNanos / 2;
            long waitNanos = half + (long) (core.random.nextDouble() * (backOffNanos - half));
            if (timeoutNanos > 0 && core.nanoClock.getAsLong() - startNanos + waitNanos > timeoutNanos) {
                LOG.debug(
                        "{} attempt {} failed; the retry timeout {} is spent",
                        op,
                        attempt + 1,
                        retry.getMaxRetryTimeout());
                return result;
            }
            LOG.debug(
                    "{} attempt {} failed with status {}; retrying in {} ms",
                    op,
                    attempt + 1,
                    result.getStatus(),
                    waitNanos / 1_000_000);
            try {
                core.sleeper.sleep(Duration.ofNanos(waitNanos));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return R.failed(new MilvusTransportException(
                        TransportFailure.CANCELLED, op + " interrupted while waiting to retry", e));
            }
            backOffNanos = Math.min(
                    backOffNanos * retry.getBackOffMultiplier(),
                    retry.getMaxBackOff().toNanos());
        }
    }

    private <P, T> R<T> once(Operation<P, T> op, P param, int attempt) {
        if (core.isClosed()) {
            return R.failed(new ClientNotConnectedException(op + ": the client is closed"));
        }
        CallOptions options = deadline.isZero() ? CallOptions.none() : CallOptions.withDeadline(deadline);
        long start = core.nanoClock.getAsLong();
        try {
            T response = core.transport.call(op, param, options);
            if (!(response instanceof HasStatus)) {
                return R.failed(new IllegalResponseException(op + ": the transport returned "
                        + (response == null ? "null" : response.getClass().getName())
                        + " instead of a response with a status"));
            }
            Status status = ((HasStatus) response).getStatus();
            log(
                    op,
                    attempt,
                    status.isSuccess()
                            ? "success"
                            : "error_code=" + status.getErrorCodeValue() + " code=" + status.getCode(),
                    start);
            return status.isSuccess() ? R.success(response) : R.failed(status);
        } catch (TransportException e) {
            log(op, attempt, "transport failure " + e.getFailure(), start);
            return R.failed(new MilvusTransportException(e.getFailure(), op + ": " + e.getMessage(), e));
        } catch (RuntimeException e) {
            log(op, attempt, "transport bug " + e.getClass().getName(), start);
            return R.failed(
                    new MilvusTransportException(TransportFailure.INTERNAL, op + ": the transport threw " + e, e));
        }
    }

    private void log(Operation<?, ?> op, int attempt, String outcome, long startNanos) {
        if (LOG.isDebugEnabled()) {
            long ms = (core.nanoClock.getAsLong() - startNanos) / 1_000_000;
            LOG.debug("{} attempt {}: {} in {} ms", op, attempt + 1, outcome, ms);
        }
    }

    private boolean isRetriable(Operation<?, ?> op, R<?> result) {
        Exception e = result.getException();
        if (e instanceof ClientNotConnectedException) {
            return false;
        }
        if (e instanceof MilvusTransportException) {
            return op.isIdempotent()
                    && ((MilvusTransportException) e).getFailure().isRetriable();
        }
        if (e instanceof MilvusServerException) {
            MilvusServerException s = (MilvusServerException) e;
            return s.isRetriable()
                    || (retry.isRetryOnRateLimit() && s.getErrorCode() == ErrorCode.RateLimit.getNumber());
        }
        return false;
    }
}
