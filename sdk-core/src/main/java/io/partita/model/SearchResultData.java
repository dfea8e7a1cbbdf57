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

    private SearchResultData(Builder b) {
        this.numQueries = b.numQueries;
        this.topK = b.topK;
        this.fieldsData = Collections.unmodifiableList(new ArrayList<>(b.fieldsData));
        this.scores = Collections.unmodifiableList(new ArrayList<>(b.scores));
        this.ids = b.ids;
        this.topks = Collections.unmodifiableList(new ArrayList<>(b.topks));
        this.outputFields = Collections.unmodifiableList(new ArrayList<>(b.outputFields));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() { return new Builder(); }

    public long getNumQueries() { return numQueries; }
    public long getTopK() { return topK; }
    public List<FieldData> getFieldsDataList() { return fieldsData; }
    public int getFieldsDataCount() { return fieldsData.size(); }
    public FieldData getFieldsData(int index) { return fieldsData.get(index); }
    public List<Float> getScoresList() { return scores; }
    public int getScoresCount() { return scores.size(); }
    public float getScores(int index) { return scores.get(index); }
    public IDs getIds() { return ids; }
    public boolean hasIds() { return ids != null; }
    public List<Long> getTopksList() { return topks; }
    public int getTopksCount() { return topks.size(); }
    public long getTopks(int index) { return topks.get(index); }
    public List<String> getOutputFieldsList() { return outputFields; }
    public int getOutputFieldsCount() { return outputFields.size(); }
    public String getOutputFields(int index) { return outputFields.get(index); }

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
            && Objects.equals(outputFields, other.outputFields);
    }

    @Override
    public int hashCode() { return Objects.hash(numQueries, topK, fieldsData, scores, ids, topks, outputFields); }

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

        private Builder() {}

        public Builder setNumQueries(long value) { this.numQueries = value; return this; }
        public Builder setTopK(long value) { this.topK = value; return this; }
        public Builder addFieldsData(FieldData value) { this.fieldsData.add(Objects.requireNonNull(value, "fieldsData")); return this; }
        public Builder addAllFieldsData(Iterable<? extends FieldData> values) { for (FieldData v : values) addFieldsData(v); return this; }
        public Builder addScores(float value) { this.scores.add(Objects.requireNonNull(value, "scores")); return this; }
        public Builder addAllScores(Iterable<? extends Float> values) { for (Float v : values) addScores(v); return this; }
        public Builder setIds(IDs value) { this.ids = Objects.requireNonNull(value, "ids"); return this; }
        public Builder addTopks(long value) { this.topks.add(Objects.requireNonNull(value, "topks")); return this; }
        public Builder addAllTopks(Iterable<? extends Long> values) { for (Long v : values) addTopks(v); return this; }
        public Builder addOutputFields(String value) { this.outputFields.add(Objects.requireNonNull(value, "outputFields")); return this; }
        public Builder addAllOutputFields(Iterable<? extends String> values) { for (String v : values) addOutputFields(v); return this; }

        public SearchResultData build() { return new SearchResultData(this); }
    }
}
