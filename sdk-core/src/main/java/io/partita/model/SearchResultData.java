package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The hits of a search, flattened over all queries: query {@code i} owns the next {@code topks[i]} entries.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class SearchResultData {
    private final long numQueries;
    private final long topK;
    private final List<FieldData> fieldsData;
    private final List<Float> scores;
    private final IDs ids;
    private final List<Long> topks;
    private final List<String> outputFields;
    private final String primaryFieldName;
    private final SearchIteratorV2Results searchIteratorV2Results;
    private final List<HighlightResult> highlightResults;

    private SearchResultData(Builder b) {
        this.numQueries = b.numQueries;
        this.topK = b.topK;
        this.fieldsData = Collections.unmodifiableList(new ArrayList<>(b.fieldsData));
        this.scores = Collections.unmodifiableList(new ArrayList<>(b.scores));
        this.ids = b.ids;
        this.topks = Collections.unmodifiableList(new ArrayList<>(b.topks));
        this.outputFields = Collections.unmodifiableList(new ArrayList<>(b.outputFields));
        this.primaryFieldName = b.primaryFieldName;
        this.searchIteratorV2Results = b.searchIteratorV2Results;
        this.highlightResults = Collections.unmodifiableList(new ArrayList<>(b.highlightResults));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the number of query vectors */
    public long getNumQueries() {
        return numQueries;
    }
    /** @return the requested maximum number of hits per query vector */
    public long getTopK() {
        return topK;
    }
    /** @return the returned columns, one per output field, in the server's order; unmodifiable, never {@code null} */
    public List<FieldData> getFieldsDataList() {
        return fieldsData;
    }
    /** @return the number of returned columns */
    public int getFieldsDataCount() {
        return fieldsData.size();
    }
    /**
     * @param index zero-based position, below {@link #getFieldsDataCount()}
     * @return the entry at {@code index}
     */
    public FieldData getFieldsData(int index) {
        return fieldsData.get(index);
    }
    /** @return the hit scores (distances or similarities, per metric), all queries concatenated, in the server's order; unmodifiable, never {@code null} */
    public List<Float> getScoresList() {
        return scores;
    }
    /** @return the number of scores: the total number of hits over all queries */
    public int getScoresCount() {
        return scores.size();
    }
    /**
     * @param index zero-based position, below {@link #getScoresCount()}
     * @return the entry at {@code index}
     */
    public float getScores(int index) {
        return scores.get(index);
    }
    /** @return the primary keys of the hits, all queries concatenated; {@code null} if none were sent */
    public IDs getIds() {
        return ids;
    }
    /** @return whether the ids message was set */
    public boolean hasIds() {
        return ids != null;
    }
    /** @return the actual number of hits per query vector, in the server's order; unmodifiable, never {@code null} */
    public List<Long> getTopksList() {
        return topks;
    }
    /** @return the number of per-query hit counts: one per query vector */
    public int getTopksCount() {
        return topks.size();
    }
    /**
     * @param index zero-based position, below {@link #getTopksCount()}
     * @return the entry at {@code index}
     */
    public long getTopks(int index) {
        return topks.get(index);
    }
    /** @return the names of the output fields, in the server's order; unmodifiable, never {@code null} */
    public List<String> getOutputFieldsList() {
        return outputFields;
    }
    /** @return the number of names of the output fields */
    public int getOutputFieldsCount() {
        return outputFields.size();
    }
    /**
     * @param index zero-based position, below {@link #getOutputFieldsCount()}
     * @return the entry at {@code index}
     */
    public String getOutputFields(int index) {
        return outputFields.get(index);
    }
    /** @return the primary key field's name as the server sent it (Milvus 2.3+); empty when it sent none */
    public String getPrimaryFieldName() {
        return primaryFieldName;
    }

    /**
     * @return a search iterator v2 page's token and last bound; {@code null} when the server sent
     *     none (any other search, or a server older than Milvus 2.5.2)
     */
    public SearchIteratorV2Results getSearchIteratorV2Results() {
        return searchIteratorV2Results;
    }
    /** @return whether the search iterator v2 message was set */
    public boolean hasSearchIteratorV2Results() {
        return searchIteratorV2Results != null;
    }

    /**
     * @return the search's highlighting (Milvus 2.6.8+, a search with a highlighter): one entry per
     *     highlighted field; unmodifiable, never {@code null}, empty when none
     */
    public List<HighlightResult> getHighlightResultsList() {
        return highlightResults;
    }
    /** @return the number of highlighted fields */
    public int getHighlightResultsCount() {
        return highlightResults.size();
    }
    /**
     * @param index zero-based position, below {@link #getHighlightResultsCount()}
     * @return the entry at {@code index}
     */
    public HighlightResult getHighlightResults(int index) {
        return highlightResults.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof SearchResultData)) return false;
        SearchResultData other = (SearchResultData) o;
        return Objects.equals(numQueries, other.numQueries)
                && Objects.equals(topK, other.topK)
                && Objects.equals(fieldsData, other.fieldsData)
                && Objects.equals(scores, other.scores)
                && Objects.equals(ids, other.ids)
                && Objects.equals(topks, other.topks)
                && Objects.equals(outputFields, other.outputFields)
                && Objects.equals(primaryFieldName, other.primaryFieldName)
                && Objects.equals(searchIteratorV2Results, other.searchIteratorV2Results)
                && highlightResults.equals(other.highlightResults);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                numQueries,
                topK,
                fieldsData,
                scores,
                ids,
                topks,
                outputFields,
                primaryFieldName,
                searchIteratorV2Results,
                highlightResults);
    }

    @Override
    public String toString() {
        return "SearchResultData{"
                + "numQueries=" + numQueries
                + ", topK=" + topK
                + ", fieldsData=" + fieldsData
                + ", scores=" + scores
                + ", ids=" + ids
                + ", topks=" + topks
                + ", outputFields=" + outputFields
                + ", primaryFieldName=" + primaryFieldName
                + (searchIteratorV2Results == null ? "" : ", searchIteratorV2Results=" + searchIteratorV2Results)
                + (highlightResults.isEmpty() ? "" : ", highlightResults=" + highlightResults)
                + "}";
    }

    /** Builder for {@link SearchResultData}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private long numQueries = 0L;
        private long topK = 0L;
        private List<FieldData> fieldsData = new ArrayList<>();
        private List<Float> scores = new ArrayList<>();
        private IDs ids;
        private List<Long> topks = new ArrayList<>();
        private List<String> outputFields = new ArrayList<>();
        private String primaryFieldName = "";
        private SearchIteratorV2Results searchIteratorV2Results;
        private final List<HighlightResult> highlightResults = new ArrayList<>();

        private Builder() {}

        /**
         * @param value one highlighted field's results, appended; must not be null
         * @return this builder
         */
        public Builder addHighlightResults(HighlightResult value) {
            this.highlightResults.add(Objects.requireNonNull(value, "highlightResults"));
            return this;
        }

        /**
         * @param value a search iterator v2 page's token and last bound; must not be null
         * @return this builder
         */
        public Builder setSearchIteratorV2Results(SearchIteratorV2Results value) {
            this.searchIteratorV2Results = Objects.requireNonNull(value, "searchIteratorV2Results");
            return this;
        }

        /**
         * @param value the primary key field's name; must not be null
         * @return this builder
         */
        public Builder setPrimaryFieldName(String value) {
            this.primaryFieldName = Objects.requireNonNull(value, "primaryFieldName");
            return this;
        }

        /**
         * @param value the number of query vectors
         * @return this builder
         */
        public Builder setNumQueries(long value) {
            this.numQueries = value;
            return this;
        }
        /**
         * @param value the requested maximum number of hits per query vector
         * @return this builder
         */
        public Builder setTopK(long value) {
            this.topK = value;
            return this;
        }
        /**
         * @param value appended to the returned columns, one per output field; must not be null
         * @return this builder
         */
        public Builder addFieldsData(FieldData value) {
            this.fieldsData.add(Objects.requireNonNull(value, "fieldsData"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the returned columns, one per output field; none may be null
         * @return this builder
         */
        public Builder addAllFieldsData(Iterable<? extends FieldData> values) {
            for (FieldData v : values) addFieldsData(v);
            return this;
        }
        /**
         * @param value appended to the hit scores (distances or similarities, per metric), all queries concatenated
         * @return this builder
         */
        public Builder addScores(float value) {
            this.scores.add(Objects.requireNonNull(value, "scores"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the hit scores (distances or similarities, per metric), all queries concatenated; none may be null
         * @return this builder
         */
        public Builder addAllScores(Iterable<? extends Float> values) {
            for (Float v : values) addScores(v);
            return this;
        }
        /**
         * @param value the primary keys of the hits, all queries concatenated; must not be null
         * @return this builder
         */
        public Builder setIds(IDs value) {
            this.ids = Objects.requireNonNull(value, "ids");
            return this;
        }
        /**
         * @param value appended to the actual number of hits per query vector
         * @return this builder
         */
        public Builder addTopks(long value) {
            this.topks.add(Objects.requireNonNull(value, "topks"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the actual number of hits per query vector; none may be null
         * @return this builder
         */
        public Builder addAllTopks(Iterable<? extends Long> values) {
            for (Long v : values) addTopks(v);
            return this;
        }
        /**
         * @param value appended to the names of the output fields; must not be null
         * @return this builder
         */
        public Builder addOutputFields(String value) {
            this.outputFields.add(Objects.requireNonNull(value, "outputFields"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the names of the output fields; none may be null
         * @return this builder
         */
        public Builder addAllOutputFields(Iterable<? extends String> values) {
            for (String v : values) addOutputFields(v);
            return this;
        }

        /** @return a new immutable {@code SearchResultData} holding this builder's values; the builder stays usable */
        public SearchResultData build() {
            return new SearchResultData(this);
        }
    }
}
