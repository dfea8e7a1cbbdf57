package io.partita.v2.service.utility.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Asks how far a compaction got ({@code MilvusClientV2.getCompactionState}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class GetCompactionStateReq {
    /** The id {@code compact} answered (required). */
    private final Long compactionID;

    @Builder
    private GetCompactionStateReq(Long compactionID) {
        Checks.notNull(compactionID, "GetCompactionStateReq.compactionID");
        this.compactionID = compactionID;
    }

    /** Builds a {@link GetCompactionStateReq}; unset fields take the defaults documented on the getters. */
    public static class GetCompactionStateReqBuilder {}

    @Override
    public String toString() {
        return "GetCompactionStateReq{compactionID=" + compactionID + "}";
    }
}
