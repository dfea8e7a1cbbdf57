package io.partita.v2.service.vector.response;

import io.partita.v2.internal.Checks;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.search} answers: per query vector, its hits from nearest to farthest.
 *
 * <p>Immutable: made by the client from the server's answer; lists and maps are unmodifiable.
 */
@Getter
public final class SearchResp {
    /** One list of hits per query vector, in query order. */
    private final List<List<SearchResult>> searchResults;
    /** The timestamp of the read; 1 when the server sends none. */
    private final long sessionTs;
    /** Recall estimates, when the server computes them; empty otherwise. */
    private final List<Float> recalls;

    @Builder
    private SearchResp(List<List<SearchResult>> searchResults, long sessionTs, List<Float> recalls) {
        this.searchResults = Checks.copy(searchResults);
        this.sessionTs = sessionTs;
        this.recalls = Checks.copy(recalls);
    }

    /** Builds a {@link SearchResp}. */
    public static class SearchRespBuilder {
        private long sessionTs = 1L;
    }

    @Override
    public String toString() {
        return "SearchResp{" + "searchResults=" + searchResults + ", "
                + "sessionTs=" + sessionTs + ", "
                + "recalls=" + recalls + "}";
    }

    /** One hit: the id, the score and the requested output fields. Immutable. */
    @Getter
    public static final class SearchResult {
        /** The requested output fields by name, unmodifiable. */
        private final Map<String, Object> entity;
        /** The distance or similarity, as the metric reports it. */
        private final Float score;
        /** The primary key: {@code Long} or {@code String}. */
        private final Object id;
        /** The name of the primary key field. */
        private final String primaryKey;
        /**
         * The offset of the matching element in a struct array field, for element-level search of a
         * struct's vector sub-field (newer Milvus); {@code null} otherwise. The reference server
         * answers embedding-list searches per entity, so it is {@code null} for every hit it returns.
         */
        private final Long elementOffset;

        @Builder
        private SearchResult(
                Map<String, Object> entity, Float score, Object id, String primaryKey, Long elementOffset) {
            // A HashMap like the official client's, so the fields print in the same order.
            this.entity = entity == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(entity));
            this.score = score;
            this.id = id;
            this.primaryKey = primaryKey == null ? "id" : primaryKey;
            this.elementOffset = elementOffset;
        }

        @Override
        public String toString() {
            // The official client's format, so printed results read the same after migrating.
            return "{" + primaryKey + ": " + id + ", Score: " + score + ", OutputFields: " + entity
                    + (elementOffset == null ? "" : ", ElementOffset: " + elementOffset) + "}";
        }
    }
}
