package io.partita.v2.service.vector.response;

import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.delete} answers.
 *
 * <p>Immutable: made by the client from the server's answer; lists and maps are unmodifiable.
 */
@Getter
public final class DeleteResp {
    /** Number of rows deleted, as the server counts them. */
    private final long deleteCnt;

    @Builder
    private DeleteResp(long deleteCnt) {
        this.deleteCnt = deleteCnt;
    }

    @Override
    public String toString() {
        return "DeleteResp{" + "deleteCnt=" + deleteCnt + "}";
    }
}
