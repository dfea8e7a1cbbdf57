package io.partita.v2.service.utility.response;

import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.flushAll} answers.
 *
 * <p>Immutable: made by the client from the server's answer.
 */
@Getter
public final class FlushAllResp {
    /** The flush timestamp, for {@code getFlushAllState}. */
    private final Long flushAllTs;

    @Builder
    private FlushAllResp(Long flushAllTs) {
        this.flushAllTs = flushAllTs;
    }

    @Override
    public String toString() {
        return "FlushAllResp{flushAllTs=" + flushAllTs + "}";
    }
}
