package io.partita.v2.service.utility.request;

import lombok.Builder;
import lombok.Getter;

/**
 * Flushes every collection of the database and waits until it is flushed
 * ({@code MilvusClientV2.flushAll}).
 *
 * <p>Immutable.
 */
@Getter
public final class FlushAllReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** How long to wait for the flush, in milliseconds; 0 waits until it is done. Default 0. */
    private final Long waitFlushedTimeoutMs;

    @Builder
    private FlushAllReq(String databaseName, Long waitFlushedTimeoutMs) {
        this.databaseName = databaseName;
        this.waitFlushedTimeoutMs = waitFlushedTimeoutMs == null ? 0L : waitFlushedTimeoutMs;
    }

    /** Builds a {@link FlushAllReq}; unset fields take the defaults documented on the getters. */
    public static class FlushAllReqBuilder {
        private Long waitFlushedTimeoutMs = 0L;
    }

    @Override
    public String toString() {
        return "FlushAllReq{databaseName=" + databaseName + ", waitFlushedTimeoutMs=" + waitFlushedTimeoutMs + "}";
    }
}
