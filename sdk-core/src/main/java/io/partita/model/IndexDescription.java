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
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the index name */
    public String getIndexName() {
        return indexName;
    }
    /** @return the index ID assigned by the server */
    public long getIndexID() {
        return indexID;
    }
    /** @return the index parameters (index type, metric type, build parameters), in the server's order; unmodifiable, never {@code null} */
    public List<KeyValuePair> getParamsList() {
        return params;
    }
    /** @return the number of index parameters */
    public int getParamsCount() {
        return params.size();
    }
    /**
     * @param index zero-based position, below {@link #getParamsCount()}
     * @return the entry at {@code index}
     */
    public KeyValuePair getParams(int index) {
        return params.get(index);
    }
    /** @return the field name */
    public String getFieldName() {
        return fieldName;
    }
    /** @return the number of rows indexed so far */
    public long getIndexedRows() {
        return indexedRows;
    }
    /** @return the total number of rows to index */
    public long getTotalRows() {
        return totalRows;
    }
    /** @return the index build state */
    public IndexState getState() {
        return state;
    }
    /** @return whether the state message was set */
    public boolean hasState() {
        return state != null;
    }
    /** @return why the index build failed; empty unless the state is {@code Failed} */
    public String getIndexStateFailReason() {
        return indexStateFailReason;
    }

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
    public int hashCode() {
        return Objects.hash(indexName, indexID, params, fieldName, indexedRows, totalRows, state, indexStateFailReason);
    }

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

        /**
         * @param value the index name; must not be null
         * @return this builder
         */
        public Builder setIndexName(String value) {
            this.indexName = Objects.requireNonNull(value, "indexName");
            return this;
        }
        /**
         * @param value the index ID assigned by the server
         * @return this builder
         */
        public Builder setIndexID(long value) {
            this.indexID = value;
            return this;
        }
        /**
         * @param value appended to the index parameters (index type, metric type, build parameters); must not be null
         * @return this builder
         */
        public Builder addParams(KeyValuePair value) {
            this.params.add(Objects.requireNonNull(value, "params"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the index parameters (index type, metric type, build parameters); none may be null
         * @return this builder
         */
        public Builder addAllParams(Iterable<? extends KeyValuePair> values) {
            for (KeyValuePair v : values) addParams(v);
            return this;
        }
        /**
         * @param value the field name; must not be null
         * @return this builder
         */
        public Builder setFieldName(String value) {
            this.fieldName = Objects.requireNonNull(value, "fieldName");
            return this;
        }
        /**
         * @param value the number of rows indexed so far
         * @return this builder
         */
        public Builder setIndexedRows(long value) {
            this.indexedRows = value;
            return this;
        }
        /**
         * @param value the total number of rows to index
         * @return this builder
         */
        public Builder setTotalRows(long value) {
            this.totalRows = value;
            return this;
        }
        /**
         * @param value the index build state; must not be null
         * @return this builder
         */
        public Builder setState(IndexState value) {
            this.state = Objects.requireNonNull(value, "state");
            return this;
        }
        /**
         * @param value why the index build failed; must not be null
         * @return this builder
         */
        public Builder setIndexStateFailReason(String value) {
            this.indexStateFailReason = Objects.requireNonNull(value, "indexStateFailReason");
            return this;
        }

        /** @return a new immutable {@code IndexDescription} holding this builder's values; the builder stays usable */
        public IndexDescription build() {
            return new IndexDescription(this);
        }
    }
}
