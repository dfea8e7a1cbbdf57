package io.partita.v2.service.utility.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Asks whether every segment older than a flushAll timestamp is flushed
 * ({@code MilvusClientV2.getFlushAllState}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class GetFlushAllStateReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The timestamp {@code flushAll} answered (required). */
    private final Long flushAllTs;

    @Builder
    private GetFlushAllStateReq(String databaseName, Long flushAllTs) {
        Checks.notNull(flushAllTs, "GetFlushAllStateReq.flushAllTs");
        this.databaseName = databaseName;
        this.flushAllTs = flushAllTs;
    }

    /** Builds a {@link GetFlushAllStateReq}; unset fields take the defaults documented on the getters. */
    public static class GetFlushAllStateReqBuilder {}

    @Override
    public String toString() {
        return "GetFlushAllStateReq{databaseName=" + databaseName + ", flushAllTs=" + flushAllTs + "}";
    }
}
