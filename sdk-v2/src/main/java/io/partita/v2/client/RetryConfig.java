package io.partita.v2.client;

import io.partita.param.RetryParam;
import lombok.Getter;

/**
 * How {@link MilvusClientV2} resends a call that failed in a retriable way, with the official V2
 * API's names and defaults: 75 retries, waits from 10 ms growing threefold to at most 3 s, rate-limited
 * answers retried, no overall timeout ({@code maxRetryTimeoutMs} 0).
 *
 * <p>Which failures are retried is sdk-core's rule ({@link RetryParam}): a transport failure marked
 * retriable of an idempotent call, or a server answer marked retriable or rate limited. Immutable;
 * {@code build()} throws {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS})
 * naming a bad value.
 */
@Getter
public final class RetryConfig {
    /** Retries after the first attempt, 0 to 100 (0 turns retrying off). */
    private final int maxRetryTimes;
    /** The first wait, in milliseconds; positive. */
    private final long initialBackOffMs;
    /** The longest wait, in milliseconds; at least {@code initialBackOffMs}. */
    private final long maxBackOffMs;
    /** The factor each wait grows by, 1 to 100. */
    private final int backOffMultiplier;
    /** Whether a rate-limited answer is retried. */
    private final boolean retryOnRateLimit;
    /** No retry starts once this many milliseconds since the first attempt would pass; 0 means no limit. */
    private final long maxRetryTimeoutMs;

    private RetryConfig(RetryConfigBuilder b) {
        this.maxRetryTimes = b.maxRetryTimes;
        this.initialBackOffMs = b.initialBackOffMs;
        this.maxBackOffMs = b.maxBackOffMs;
        this.backOffMultiplier = b.backOffMultiplier;
        this.retryOnRateLimit = b.retryOnRateLimit;
        this.maxRetryTimeoutMs = b.maxRetryTimeoutMs;
    }

    /** @return a builder holding the defaults */
    public static RetryConfigBuilder builder() {
        return new RetryConfigBuilder();
    }

    /** @return sdk-core's policy with these values (validated there) */
    RetryParam toRetryParam() {
        return Failures.params(() -> RetryParam.newBuilder()
                .withMaxRetryTimes(maxRetryTimes)
                .withInitialBackOffMs(initialBackOffMs)
                .withMaxBackOffMs(maxBackOffMs)
                .withBackOffMultiplier(backOffMultiplier)
                .withRetryOnRateLimit(retryOnRateLimit)
                .withMaxRetryTimeoutMs(maxRetryTimeoutMs)
                .build());
    }

    @Override
    public String toString() {
        return "RetryConfig{maxRetryTimes=" + maxRetryTimes + ", initialBackOffMs=" + initialBackOffMs
                + ", maxBackOffMs=" + maxBackOffMs + ", backOffMultiplier=" + backOffMultiplier
                + ", retryOnRateLimit=" + retryOnRateLimit + ", maxRetryTimeoutMs=" + maxRetryTimeoutMs + "}";
    }

    /**
     * Builds a {@link RetryConfig}; unset values keep the defaults of the class comment. Written by
     * hand rather than by Lombok so that the setters take primitives, as the official builder's do.
     */
    public static final class RetryConfigBuilder {
        private int maxRetryTimes = 75;
        private long initialBackOffMs = 10;
        private long maxBackOffMs = 3_000;
        private int backOffMultiplier = 3;
        private boolean retryOnRateLimit = true;
        private long maxRetryTimeoutMs = 0;

        private RetryConfigBuilder() {}

        /**
         * @param maxRetryTimes retries after the first attempt, 0 to 100; default 75
         * @return this builder
         */
        public RetryConfigBuilder maxRetryTimes(int maxRetryTimes) {
            this.maxRetryTimes = maxRetryTimes;
            return this;
        }

        /**
         * @param initialBackOffMs the first wait; default 10
         * @return this builder
         */
        public RetryConfigBuilder initialBackOffMs(long initialBackOffMs) {
            this.initialBackOffMs = initialBackOffMs;
            return this;
        }

        /**
         * @param maxBackOffMs the longest wait; default 3000
         * @return this builder
         */
        public RetryConfigBuilder maxBackOffMs(long maxBackOffMs) {
            this.maxBackOffMs = maxBackOffMs;
            return this;
        }

        /**
         * @param backOffMultiplier the growth factor of the waits; default 3
         * @return this builder
         */
        public RetryConfigBuilder backOffMultiplier(int backOffMultiplier) {
            this.backOffMultiplier = backOffMultiplier;
            return this;
        }

        /**
         * @param retryOnRateLimit whether rate-limited answers are retried; default true
         * @return this builder
         */
        public RetryConfigBuilder retryOnRateLimit(boolean retryOnRateLimit) {
            this.retryOnRateLimit = retryOnRateLimit;
            return this;
        }

        /**
         * @param maxRetryTimeoutMs the overall retry time limit; default 0 (none)
         * @return this builder
         */
        public RetryConfigBuilder maxRetryTimeoutMs(long maxRetryTimeoutMs) {
            this.maxRetryTimeoutMs = maxRetryTimeoutMs;
            return this;
        }

        /**
         * @return the configuration
         * @throws io.partita.v2.exception.MilvusClientException INVALID_PARAMS naming a bad value
         */
        public RetryConfig build() {
            RetryConfig config = new RetryConfig(this);
            config.toRetryParam();
            return config;
        }
    }
}
