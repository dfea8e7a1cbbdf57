package io.partita.v2.service.collection.response;

import io.partita.v2.internal.Checks;
import java.util.Map;
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
    /** Every statistic the server answered, by key ({@code row_count} among them); unmodifiable. */
    private final Map<String, String> stats;

    @Builder
    private GetCollectionStatsResp(Long numOfEntities, Map<String, String> stats) {
        this.numOfEntities = numOfEntities;
        this.stats = Checks.copy(stats);
    }

    @Override
    public String toString() {
        return "GetCollectionStatsResp{" + "numOfEntities=" + numOfEntities + ", stats=" + stats + "}";
    }
}
