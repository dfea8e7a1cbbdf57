package io.partita.v2.service.vector.response;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.upsert} answers.
 *
 * <p>Immutable: made by the client from the server's answer; lists and maps are unmodifiable.
 */
@Getter
public final class UpsertResp {
    /** Number of rows upserted (replaced and inserted). */
    private final long upsertCnt;
    /** The primary keys of the rows, in row order: {@code Long} or {@code String}. */
    private final List<Object> primaryKeys;

    @Builder
    private UpsertResp(long upsertCnt, List<Object> primaryKeys) {
        this.upsertCnt = upsertCnt;
        this.primaryKeys = Checks.copy(primaryKeys);
    }

    @Override
    public String toString() {
        return "UpsertResp{" + "upsertCnt=" + upsertCnt + ", " + "primaryKeys=" + primaryKeys + "}";
    }
}
