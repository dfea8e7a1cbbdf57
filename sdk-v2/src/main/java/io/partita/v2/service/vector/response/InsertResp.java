package io.partita.v2.service.vector.response;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.insert} answers.
 *
 * <p>Immutable: made by the client from the server's answer; lists and maps are unmodifiable.
 */
@Getter
public final class InsertResp {
    /** Number of rows inserted. */
    private final long InsertCnt;
    /** The primary keys of the rows, in row order: {@code Long} or {@code String}. */
    private final List<Object> primaryKeys;

    @Builder
    private InsertResp(long InsertCnt, List<Object> primaryKeys) {
        this.InsertCnt = InsertCnt;
        this.primaryKeys = Checks.copy(primaryKeys);
    }

    @Override
    public String toString() {
        return "InsertResp{" + "InsertCnt=" + InsertCnt + ", " + "primaryKeys=" + primaryKeys + "}";
    }
}
