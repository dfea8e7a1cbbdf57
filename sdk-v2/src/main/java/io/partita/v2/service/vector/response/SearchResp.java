package io.partita.v2.service.vector.response;

import io.partita.v2.internal.Checks;
import java.util.ArrayList;
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
    /**
     * The search's billing cost (the status's {@code extra_info} {@code report_value}); {@code null}
     * when the server reports none, as open-source Milvus and the reference server do.
     */
    private final Long cost;
    /** Bytes fetched from remote storage ({@code scanned_remote_bytes}); {@code null} when not reported. */
    private final Long scannedRemoteBytes;
    /** Bytes the search scanned ({@code scanned_total_bytes}); {@code null} when not reported. */
    private final Long scannedTotalBytes;
    /** The share of the scan found in memory ({@code cache_hit_ratio}); {@code null} when not reported. */
    private final Float cacheHitRatio;

    @Builder
    private SearchResp(
            List<List<SearchResult>> searchResults,
            long sessionTs,
            List<Float> recalls,
            Long cost,
            Long scannedRemoteBytes,
            Long scannedTotalBytes,
            Float cacheHitRatio) {
        this.searchResults = Checks.copy(searchResults);
        this.sessionTs = sessionTs;
        this.recalls = Checks.copy(recalls);
        this.cost = cost;
        this.scannedRemoteBytes = scannedRemoteBytes;
        this.scannedTotalBytes = scannedTotalBytes;
        this.cacheHitRatio = cacheHitRatio;
    }

    /** Builds a {@link SearchResp}. */
    public static class SearchRespBuilder {
        private long sessionTs = 1L;
    }

    @Override
    public String toString() {
        return "SearchResp{" + "searchResults=" + searchResults + ", "
                + "sessionTs=" + sessionTs + ", "
                + "recalls=" + recalls + ", "
                + "cost=" + cost + ", "
                + "scannedRemoteBytes=" + scannedRemoteBytes + ", "
                + "scannedTotalBytes=" + scannedTotalBytes + ", "
                + "cacheHitRatio=" + cacheHitRatio + "}";
    }

    /** One hit: the id, the score, the requested output fields and the highlighted fields. Immutable. */
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
        /** The hit's highlighting by field name (a search with a highlighter), unmodifiable; empty when none. */
        private final Map<String, HighlightResult> highlightResults;

        /**
         * The offset of the matching element in a struct array field, for element-level search of a
         * struct's vector sub-field (newer Milvus); {@code null} otherwise. The reference server
         * answers embedding-list searches per entity, so it is {@code null} for every hit it returns.
         */
        private final Long elementOffset;

        @Builder
        private SearchResult(
                Map<String, Object> entity,
                Float score,
                Object id,
                String primaryKey,
                Map<String, HighlightResult> highlightResults,
                Long elementOffset) {
            // A HashMap like the official client's, so the fields print in the same order.
            this.entity = entity == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(entity));
            this.score = score;
            this.id = id;
            this.primaryKey = primaryKey == null ? "id" : primaryKey;
            this.elementOffset = elementOffset;
            this.highlightResults =
                    highlightResults == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(highlightResults));
        }

        /**
         * @param fieldName a highlighted field
         * @return the hit's highlighting in that field, or {@code null} when it was not highlighted
         */
        public HighlightResult getHighlightResult(String fieldName) {
            return highlightResults.get(fieldName);
        }

        /** Builds a {@link SearchResult}. */
        public static class SearchResultBuilder {
            /** Adds one field's highlighting. */
            public SearchResultBuilder addHighlightResult(String fieldName, HighlightResult highlightResult) {
                if (this.highlightResults == null) {
                    this.highlightResults = new HashMap<>();
                }
                this.highlightResults.put(fieldName, highlightResult);
                return this;
            }
        }

        @Override
        public String toString() {
            // The official client's format, so printed results read the same after migrating.
            return "{" + primaryKey + ": " + id + ", Score: " + score + ", OutputFields: " + entity
                    + (elementOffset == null ? "" : ", ElementOffset: " + elementOffset)
                    + (highlightResults.isEmpty() ? "" : ", HighlightResults: " + highlightResults) + "}";
        }
    }

    /**
     * One hit's highlighting in one field: the fragments of its text with the matched terms
     * wrapped in tags, and a score per fragment from a semantic highlighter (a lexical one sends
     * none). Immutable.
     */
    @Getter
    public static final class HighlightResult {
        /** The highlighted field. */
        private final String fieldName;
        /** The fragments, in the text's order; unmodifiable. */
        private final List<String> fragments;
        /** The fragments' scores (semantic highlighting); unmodifiable, empty when none. */
        private final List<Float> scores;

        private HighlightResult(HighlightResultBuilder b) {
            this.fieldName = b.fieldName;
            this.fragments = Checks.copy(b.fragments);
            this.scores = Checks.copy(b.scores);
        }

        /** @return a new builder: no field name, no fragments, no scores */
        public static HighlightResultBuilder builder() {
            return new HighlightResultBuilder();
        }

        @Override
        public String toString() {
            return "HighlightResult{fieldName='" + fieldName + "', fragments=" + fragments + ", scores=" + scores + "}";
        }

        /** Builds a {@link HighlightResult}. */
        public static class HighlightResultBuilder {
            private String fieldName = "";
            private List<String> fragments = new ArrayList<>();
            private List<Float> scores = new ArrayList<>();

            HighlightResultBuilder() {}

            /** The highlighted field. */
            public HighlightResultBuilder fieldName(String fieldName) {
                this.fieldName = fieldName;
                return this;
            }

            /** Sets the fragments, replacing those added. */
            public HighlightResultBuilder fragments(List<String> fragments) {
                this.fragments = fragments == null ? new ArrayList<>() : new ArrayList<>(fragments);
                return this;
            }

            /** Adds a fragment. */
            public HighlightResultBuilder addFragment(String fragment) {
                this.fragments.add(fragment);
                return this;
            }

            /** Sets the scores, replacing those added. */
            public HighlightResultBuilder scores(List<Float> scores) {
                this.scores = scores == null ? new ArrayList<>() : new ArrayList<>(scores);
                return this;
            }

            /** Adds a score. */
            public HighlightResultBuilder addScore(Float score) {
                this.scores.add(score);
                return this;
            }

            /** @return the highlight result */
            public HighlightResult build() {
                return new HighlightResult(this);
            }
        }
    }
}
