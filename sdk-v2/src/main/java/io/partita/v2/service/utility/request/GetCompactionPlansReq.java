package io.partita.v2.service.utility.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Asks which segments a compaction merged ({@code MilvusClientV2.getCompactionPlans}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class GetCompactionPlansReq {
    /** The id {@code compact} answered (required). */
    private final Long compactionID;

    @Builder
    private GetCompactionPlansReq(Long compactionID) {
        Checks.notNull(compactionID, "GetCompactionPlansReq.compactionID");
        this.compactionID = compactionID;
    }

    /** Builds a {@link GetCompactionPlansReq}; unset fields take the defaults documented on the getters. */
    public static class GetCompactionPlansReqBuilder {}

    @Override
    public String toString() {
        return "GetCompactionPlansReq{compactionID=" + compactionID + "}";
    }
}
