package io.partita.v2.service.collection.response;

import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.getCollectionStats} answers.
 *
 * <p>Immutable: made by the client from the server's answer; lists and maps are unmodifiable.
 */
@Getter
public final class GetCollectionStatsResp {
    /** Number of rows, as the server counts them (flushed rows on Milvus). */
    private final Long numOfEntities;

    @Builder
    private GetCollectionStatsResp(Long numOfEntities) {
        this.numOfEntities = numOfEntities;
    }

    @Override
    public String toString() {
        return "GetCollectionStatsResp{" + "numOfEntities=" + numOfEntities + "}";
    }
}
