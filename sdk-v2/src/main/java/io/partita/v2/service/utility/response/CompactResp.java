package io.partita.v2.service.utility.response;

import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.compact} answers.
 *
 * <p>Immutable: made by the client from the server's answer; lists are unmodifiable.
 */
@Getter
public final class CompactResp {
    /** The id to ask {@code getCompactionState} about. */
    private final Long compactionID;

    @Builder
    private CompactResp(Long compactionID) {
        this.compactionID = compactionID;
    }

    @Override
    public String toString() {
        return "CompactResp{compactionID=" + compactionID + "}";
    }
}
