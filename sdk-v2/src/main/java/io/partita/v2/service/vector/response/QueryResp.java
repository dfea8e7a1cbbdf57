package io.partita.v2.service.vector.response;

import io.partita.v2.internal.Checks;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.query} answers: one {@link QueryResult} per row.
 *
 * <p>Immutable: made by the client from the server's answer; lists and maps are unmodifiable.
 */
@Getter
public final class QueryResp {
    /** The rows. */
    private final List<QueryResult> queryResults;
    /** The timestamp of the read; 1 when the server sends none. */
    private final long sessionTs;

    @Builder
    private QueryResp(List<QueryResult> queryResults, long sessionTs) {
        this.queryResults = Checks.copy(queryResults);
        this.sessionTs = sessionTs;
    }

    /** Builds a {@link QueryResp}. */
    public static class QueryRespBuilder {
        private long sessionTs = 1L;
    }

    @Override
    public String toString() {
        return "QueryResp{" + "queryResults=" + queryResults + ", " + "sessionTs=" + sessionTs + "}";
    }

    /** One row: field name to value ({@code Long}, {@code String}, {@code List<Float>}...). Immutable. */
    @Getter
    public static final class QueryResult {
        /** The row's fields by name, unmodifiable. */
        private final Map<String, Object> entity;

        @Builder
        private QueryResult(Map<String, Object> entity) {
            // A HashMap like the official client's, so the fields print in the same order.
            this.entity = entity == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(entity));
        }

        @Override
        public String toString() {
            return "QueryResult{entity=" + entity + "}";
        }
    }
}
