package io.partita.param;

import io.partita.exception.ParamException;
import java.time.Duration;

/**
 * How the client resends a call that failed in a retriable way: a transport failure marked
 * retriable ({@code UNAVAILABLE}, {@code RESOURCE_EXHAUSTED}) of an idempotent operation, or a
 * server answer with {@code retriable = true} or {@code error_code = RateLimit}.
 *
 * <p>Waits grow exponentially from {@code initialBackOff} by {@code backOffMultiplier}, capped at
 * {@code maxBackOff}; each wait is drawn uniformly from half to all of the current backoff
 * ("equal jitter") so that many clients do not retry in step.
 *
 * <p>With a {@code maxRetryTimeout}, no retry starts once the time since the first attempt plus the
 * next wait would pass it: the last failure is returned instead.
 *
 * <p>Defaults: 3 retries, 10 ms initial backoff, 3 s cap, multiplier 3, retry on rate limit, no
 * overall timeout. Set {@code maxRetryTimes} to 0 to turn retries off. Immutable and thread-safe.
 */
public final class RetryParam {
    private final int maxRetryTimes;
    private final Duration initialBackOff;
    private final Duration maxBackOff;
    private final int backOffMultiplier;
    private final boolean retryOnRateLimit;
    private final Duration maxRetryTimeout;

    private RetryParam(Builder b) {
        this.maxRetryTimes = b.maxRetryTimes;
        this.initialBackOff = b.initialBackOff;
        this.maxBackOff = b.maxBackOff;
        this.backOffMultiplier = b.backOffMultiplier;
        this.retryOnRateLimit = b.retryOnRateLimit;
        this.maxRetryTimeout = b.maxRetryTimeout;
    }

    /** @return a builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the default policy */
    public static RetryParam defaults() {
        return newBuilder().build();
    }

    /** @return how many times a call may be resent (0 = never) */
    public int getMaxRetryTimes() {
        return maxRetryTimes;
    }
    /** @return the first backoff */
    public Duration getInitialBackOff() {
        return initialBackOff;
    }
    /** @return the largest backoff */
    public Duration getMaxBackOff() {
        return maxBackOff;
    }
    /** @return the factor between consecutive backoffs */
    public int getBackOffMultiplier() {
        return backOffMultiplier;
    }
    /** @return whether a server's RateLimit answer is retried */
    public boolean isRetryOnRateLimit() {
        return retryOnRateLimit;
    }

    /** @return the longest time from the first attempt within which retries may start; zero means no limit */
    public Duration getMaxRetryTimeout() {
        return maxRetryTimeout;
    }

    @Override
    public String toString() {
        return "RetryParam{maxRetryTimes=" + maxRetryTimes + ", initialBackOff=" + initialBackOff
                + ", maxBackOff=" + maxBackOff + ", backOffMultiplier=" + backOffMultiplier
                + ", retryOnRateLimit=" + retryOnRateLimit + ", maxRetryTimeout=" + maxRetryTimeout + "}";
    }

    /** Builder for {@link RetryParam}; not thread-safe. */
    public static final class Builder {
        private int maxRetryTimes = 3;
        private Duration initialBackOff = Duration.ofMillis(10);
        private Duration maxBackOff = Duration.ofSeconds(3);
        private int backOffMultiplier = 3;
        private boolean retryOnRateLimit = true;
        private Duration maxRetryTimeout = Duration.ZERO;

        private Builder() {}

        /**
         * @param times 0 to 100; default 3
         * @return this
         */
        public Builder withMaxRetryTimes(int times) {
            this.maxRetryTimes = times;
            return this;
        }
        /**
         * @param backOff positive; default 10 ms
         * @return this
         */
        public Builder withInitialBackOff(Duration backOff) {
            this.initialBackOff = backOff;
            return this;
        }
        /**
         * @param backOffMs positive, in milliseconds; default 10
         * @return this
         */
        public Builder withInitialBackOffMs(long backOffMs) {
            return withInitialBackOff(Duration.ofMillis(backOffMs));
        }
        /**
         * @param backOff at least the initial backoff; default 3 s
         * @return this
         */
        public Builder withMaxBackOff(Duration backOff) {
            this.maxBackOff = backOff;
            return this;
        }
        /**
         * @param backOffMs in milliseconds; default 3000
         * @return this
         */
        public Builder withMaxBackOffMs(long backOffMs) {
            return withMaxBackOff(Duration.ofMillis(backOffMs));
        }
        /**
         * @param multiplier 1 to 100; default 3
         * @return this
         */
        public Builder withBackOffMultiplier(int multiplier) {
            this.backOffMultiplier = multiplier;
            return this;
        }
        /**
         * @param retry whether to retry RateLimit answers; default true
         * @return this
         */
        public Builder withRetryOnRateLimit(boolean retry) {
            this.retryOnRateLimit = retry;
            return this;
        }

        /**
         * @param timeout zero (no limit, the default) or positive: no retry starts once the time since
         *     the first attempt plus the next wait would pass it
         * @return this
         */
        public Builder withMaxRetryTimeout(Duration timeout) {
            this.maxRetryTimeout = timeout;
            return this;
        }
        /**
         * @param timeoutMs zero (no limit, the default) or positive, in milliseconds
         * @return this
         */
        public Builder withMaxRetryTimeoutMs(long timeoutMs) {
            return withMaxRetryTimeout(Duration.ofMillis(timeoutMs));
        }

        /**
         * @return the validated policy
         * @throws ParamException naming the bad field and value
         */
        public RetryParam build() {
            ParamUtils.checkRange(maxRetryTimes, 0, 100, "maxRetryTimes");
            ParamUtils.checkNotNull(initialBackOff, "initialBackOff");
            ParamUtils.checkNotNull(maxBackOff, "maxBackOff");
            if (initialBackOff.isZero() || initialBackOff.isNegative()) {
                throw new ParamException("initialBackOff must be positive, got " + initialBackOff);
            }
            if (maxBackOff.compareTo(initialBackOff) < 0) {
                throw new ParamException(
                        "maxBackOff must be at least initialBackOff (" + initialBackOff + "), got " + maxBackOff);
            }
            ParamUtils.checkRange(backOffMultiplier, 1, 100, "backOffMultiplier");
            ParamUtils.checkNotNull(maxRetryTimeout, "maxRetryTimeout");
            if (maxRetryTimeout.isNegative()) {
                throw new ParamException("maxRetryTimeout must be zero (no limit) or positive, got " + maxRetryTimeout);
            }
            return new RetryParam(this);
        }
    }
}
