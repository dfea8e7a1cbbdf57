package io.partita.v2.service.vector.response;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.get} answers: one result per id found.
 *
 * <p>Immutable: made by the client from the server's answer; lists and maps are unmodifiable.
 */
@Getter
public final class GetResp {
    /** The rows found. */
    private final List<QueryResp.QueryResult> getResults;

    @Builder
    private GetResp(List<QueryResp.QueryResult> getResults) {
        this.getResults = Checks.copy(getResults);
    }

    @Override
    public String toString() {
        return "GetResp{" + "getResults=" + getResults + "}";
    }
}
