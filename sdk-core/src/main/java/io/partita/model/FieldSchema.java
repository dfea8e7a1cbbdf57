package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One field of a collection schema.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class FieldSchema {
    private final long fieldID;
    private final String name;
    private final boolean isPrimaryKey;
    private final String description;
    private final DataType dataType;
    private final List<KeyValuePair> typeParams;
    private final List<KeyValuePair> indexParams;
    private final boolean autoID;

    private FieldSchema(Builder b) {
        this.fieldID = b.fieldID;
        this.name = b.name;
        this.isPrimaryKey = b.isPrimaryKey;
        this.description = b.description;
        this.dataType = b.dataType;
        this.typeParams = Collections.unmodifiableList(new ArrayList<>(b.typeParams));
        this.indexParams = Collections.unmodifiableList(new ArrayList<>(b.indexParams));
        this.autoID = b.autoID;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() { return new Builder(); }

    public long getFieldID() { return fieldID; }
    public String getName() { return name; }
    public boolean getIsPrimaryKey() { return isPrimaryKey; }
    public String getDescription() { return description; }
    public DataType getDataType() { return dataType; }
    public boolean hasDataType() { return dataType != null; }
    public List<KeyValuePair> getTypeParamsList() { return typeParams; }
    public int getTypeParamsCount() { return typeParams.size(); }
    public KeyValuePair getTypeParams(int index) { return typeParams.get(index); }
    public List<KeyValuePair> getIndexParamsList() { return indexParams; }
    public int getIndexParamsCount() { return indexParams.size(); }
    public KeyValuePair getIndexParams(int index) { return indexParams.get(index); }
    public boolean getAutoID() { return autoID; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof FieldSchema)) return false;
        FieldSchema other = (FieldSchema) o;
        return Objects.equals(fieldID, other.fieldID)
            && Objects.equals(name, other.name)
            && Objects.equals(isPrimaryKey, other.isPrimaryKey)
            && Objects.equals(description, other.description)
            && Objects.equals(dataType, other.dataType)
            && Objects.equals(typeParams, other.typeParams)
            && Objects.equals(indexParams, other.indexParams)
            && Objects.equals(autoID, other.autoID);
    }

    @Override
    public int hashCode() { return Objects.hash(fieldID, name, isPrimaryKey, description, dataType, typeParams, indexParams, autoID); }

    @Override
    public String toString() {
        return "FieldSchema{"
            + "fieldID=" + fieldID
            + ", name=" + name
            + ", isPrimaryKey=" + isPrimaryKey
            + ", description=" + description
            + ", dataType=" + dataType
            + ", typeParams=" + typeParams
            + ", indexParams=" + indexParams
            + ", autoID=" + autoID
            + "}";
    }

    /** Builder for {@link FieldSchema}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private long fieldID = 0L;
        private String name = "";
        private boolean isPrimaryKey = false;
        private String description = "";
        private DataType dataType;
        private List<KeyValuePair> typeParams = new ArrayList<>();
        private List<KeyValuePair> indexParams = new ArrayList<>();
        private boolean autoID = false;

        private Builder() {}

        public Builder setFieldID(long value) { this.fieldID = value; return this; }
        public Builder setName(String value) { this.name = Objects.requireNonNull(value, "name"); return this; }
        public Builder setIsPrimaryKey(boolean value) { this.isPrimaryKey = value; return this; }
        public Builder setDescription(String value) { this.description = Objects.requireNonNull(value, "description"); return this; }
        public Builder setDataType(DataType value) { this.dataType = Objects.requireNonNull(value, "dataType"); return this; }
        public Builder addTypeParams(KeyValuePair value) { this.typeParams.add(Objects.requireNonNull(value, "typeParams")); return this; }
        public Builder addAllTypeParams(Iterable<? extends KeyValuePair> values) { for (KeyValuePair v : values) addTypeParams(v); return this; }
        public Builder addIndexParams(KeyValuePair value) { this.indexParams.add(Objects.requireNonNull(value, "indexParams")); return this; }
        public Builder addAllIndexParams(Iterable<? extends KeyValuePair> values) { for (KeyValuePair v : values) addIndexParams(v); return this; }
        public Builder setAutoID(boolean value) { this.autoID = value; return this; }

        public FieldSchema build() { return new FieldSchema(this); }
    }
}
