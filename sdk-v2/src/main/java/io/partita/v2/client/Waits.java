package io.partita.v2.client;

import io.partita.v2.internal.Checks;

/** The V2 API states waits in milliseconds; sdk-core's sync waits take whole seconds within a range. */
final class Waits {
    private Waits() {}

    /**
     * @return {@code timeoutMs} rounded up to whole seconds
     * @throws io.partita.v2.exception.MilvusClientException INVALID_PARAMS outside 1 ms .. {@code maxSeconds}
     */
    static long seconds(Long timeoutMs, long maxSeconds, String field) {
        if (timeoutMs == null || timeoutMs <= 0 || timeoutMs > maxSeconds * 1000) {
            throw Checks.invalid(field + " must be between 1 and " + maxSeconds * 1000 + " ms, got " + timeoutMs);
        }
        return (timeoutMs + 999) / 1000;
    }
}
