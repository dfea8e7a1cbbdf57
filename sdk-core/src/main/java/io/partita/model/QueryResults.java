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
public final class QueryResults implements HasStatus {
    private final Status status;
    private final List<FieldData> fieldsData;
    private final String collectionName;
    private final List<String> outputFields;

    private QueryResults(Builder b) {
        this.status = b.status == null ? Status.success() : b.status;
        this.fieldsData = Collections.unmodifiableList(new ArrayList<>(b.fieldsData));
        this.collectionName = b.collectionName;
        this.outputFields = Collections.unmodifiableList(new ArrayList<>(b.outputFields));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() { return new Builder(); }

    public Status getStatus() { return status; }
    public boolean hasStatus() { return status != null; }
    public List<FieldData> getFieldsDataList() { return fieldsData; }
    public int getFieldsDataCount() { return fieldsData.size(); }
    public FieldData getFieldsData(int index) { return fieldsData.get(index); }
    public String getCollectionName() { return collectionName; }
    public List<String> getOutputFieldsList() { return outputFields; }
    public int getOutputFieldsCount() { return outputFields.size(); }
    public String getOutputFields(int index) { return outputFields.get(index); }

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
    public int hashCode() { return Objects.hash(status, fieldsData, collectionName, outputFields); }

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

        private Builder() {}

        public Builder setStatus(Status value) { this.status = Objects.requireNonNull(value, "status"); return this; }
        public Builder addFieldsData(FieldData value) { this.fieldsData.add(Objects.requireNonNull(value, "fieldsData")); return this; }
        public Builder addAllFieldsData(Iterable<? extends FieldData> values) { for (FieldData v : values) addFieldsData(v); return this; }
        public Builder setCollectionName(String value) { this.collectionName = Objects.requireNonNull(value, "collectionName"); return this; }
        public Builder addOutputFields(String value) { this.outputFields.add(Objects.requireNonNull(value, "outputFields")); return this; }
        public Builder addAllOutputFields(Iterable<? extends String> values) { for (String v : values) addOutputFields(v); return this; }

        public QueryResults build() { return new QueryResults(this); }
    }
}
