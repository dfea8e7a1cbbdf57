package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to Query: one column per output field.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class QueryResults extends StatusAnswer {
    private final List<FieldData> fieldsData;
    private final String collectionName;
    private final List<String> outputFields;
    private final long sessionTs;

    private QueryResults(Builder b) {
        super(b.status);
        this.fieldsData = Collections.unmodifiableList(new ArrayList<>(b.fieldsData));
        this.collectionName = b.collectionName;
        this.outputFields = Collections.unmodifiableList(new ArrayList<>(b.outputFields));
        this.sessionTs = b.sessionTs;
    }

    /**
     * @return the snapshot timestamp the server answered an iterator's page with ({@code
     *     session_ts}, Milvus 2.4+); 0 for other queries and older servers
     */
    public long getSessionTs() {
        return sessionTs;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
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
    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
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

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof QueryResults)) return false;
        QueryResults other = (QueryResults) o;
        return Objects.equals(status, other.status)
                && Objects.equals(fieldsData, other.fieldsData)
                && Objects.equals(collectionName, other.collectionName)
                && Objects.equals(outputFields, other.outputFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, fieldsData, collectionName, outputFields);
    }

    @Override
    public String toString() {
        return "QueryResults{"
                + "status=" + status
                + ", fieldsData=" + fieldsData
                + ", collectionName=" + collectionName
                + ", outputFields=" + outputFields
                + "}";
    }

    /** Builder for {@link QueryResults}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private List<FieldData> fieldsData = new ArrayList<>();
        private String collectionName = "";
        private List<String> outputFields = new ArrayList<>();
        private long sessionTs;

        private Builder() {}

        /**
         * @param value the iterator snapshot timestamp ({@code session_ts}); 0 for none
         * @return this builder
         */
        public Builder setSessionTs(long value) {
            this.sessionTs = value;
            return this;
        }

        /**
         * @param value the outcome of the call; must not be null
         * @return this builder
         */
        public Builder setStatus(Status value) {
            this.status = Objects.requireNonNull(value, "status");
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
         * @param value the collection name; must not be null
         * @return this builder
         */
        public Builder setCollectionName(String value) {
            this.collectionName = Objects.requireNonNull(value, "collectionName");
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

        /** @return a new immutable {@code QueryResults} holding this builder's values; the builder stays usable */
        public QueryResults build() {
            return new QueryResults(this);
        }
    }
}
