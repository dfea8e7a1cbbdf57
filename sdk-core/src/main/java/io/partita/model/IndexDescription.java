package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One index of a collection.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class IndexDescription {
    private final String indexName;
    private final long indexID;
    private final List<KeyValuePair> params;
    private final String fieldName;
    private final long indexedRows;
    private final long totalRows;
    private final IndexState state;
    private final String indexStateFailReason;

    private IndexDescription(Builder b) {
        this.indexName = b.indexName;
        this.indexID = b.indexID;
        this.params = Collections.unmodifiableList(new ArrayList<>(b.params));
        this.fieldName = b.fieldName;
        this.indexedRows = b.indexedRows;
        this.totalRows = b.totalRows;
        this.state = b.state;
        this.indexStateFailReason = b.indexStateFailReason;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() { return new Builder(); }

    public String getIndexName() { return indexName; }
    public long getIndexID() { return indexID; }
    public List<KeyValuePair> getParamsList() { return params; }
    public int getParamsCount() { return params.size(); }
    public KeyValuePair getParams(int index) { return params.get(index); }
    public String getFieldName() { return fieldName; }
    public long getIndexedRows() { return indexedRows; }
    public long getTotalRows() { return totalRows; }
    public IndexState getState() { return state; }
    public boolean hasState() { return state != null; }
    public String getIndexStateFailReason() { return indexStateFailReason; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof IndexDescription)) return false;
        IndexDescription other = (IndexDescription) o;
        return Objects.equals(indexName, other.indexName)
            && Objects.equals(indexID, other.indexID)
            && Objects.equals(params, other.params)
            && Objects.equals(fieldName, other.fieldName)
            && Objects.equals(indexedRows, other.indexedRows)
            && Objects.equals(totalRows, other.totalRows)
            && Objects.equals(state, other.state)
            && Objects.equals(indexStateFailReason, other.indexStateFailReason);
    }

    @Override
    public int hashCode() { return Objects.hash(indexName, indexID, params, fieldName, indexedRows, totalRows, state, indexStateFailReason); }

    @Override
    public String toString() {
        return "IndexDescription{"
            + "indexName=" + indexName
            + ", indexID=" + indexID
            + ", params=" + params
            + ", fieldName=" + fieldName
            + ", indexedRows=" + indexedRows
            + ", totalRows=" + totalRows
            + ", state=" + state
            + ", indexStateFailReason=" + indexStateFailReason
            + "}";
    }

    /** Builder for {@link IndexDescription}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private String indexName = "";
        private long indexID = 0L;
        private List<KeyValuePair> params = new ArrayList<>();
        private String fieldName = "";
        private long indexedRows = 0L;
        private long totalRows = 0L;
        private IndexState state;
        private String indexStateFailReason = "";

        private Builder() {}

        public Builder setIndexName(String value) { this.indexName = Objects.requireNonNull(value, "indexName"); return this; }
        public Builder setIndexID(long value) { this.indexID = value; return this; }
        public Builder addParams(KeyValuePair value) { this.params.add(Objects.requireNonNull(value, "params")); return this; }
        public Builder addAllParams(Iterable<? extends KeyValuePair> values) { for (KeyValuePair v : values) addParams(v); return this; }
        public Builder setFieldName(String value) { this.fieldName = Objects.requireNonNull(value, "fieldName"); return this; }
        public Builder setIndexedRows(long value) { this.indexedRows = value; return this; }
        public Builder setTotalRows(long value) { this.totalRows = value; return this; }
        public Builder setState(IndexState value) { this.state = Objects.requireNonNull(value, "state"); return this; }
        public Builder setIndexStateFailReason(String value) { this.indexStateFailReason = Objects.requireNonNull(value, "indexStateFailReason"); return this; }

        public IndexDescription build() { return new IndexDescription(this); }
    }
}
