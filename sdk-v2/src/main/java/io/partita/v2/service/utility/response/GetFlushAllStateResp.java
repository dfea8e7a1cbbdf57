package io.partita.v2.service.utility.response;

import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.getFlushAllState} answers.
 *
 * <p>Immutable: made by the client from the server's answer.
 */
@Getter
public final class GetFlushAllStateResp {
    /** Whether every segment older than the timestamp is flushed. */
    private final Boolean flushed;

    @Builder
    private GetFlushAllStateResp(Boolean flushed) {
        this.flushed = flushed;
    }

    @Override
    public String toString() {
        return "GetFlushAllStateResp{flushed=" + flushed + "}";
    }
}
