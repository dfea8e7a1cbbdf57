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
    private final boolean isPartitionKey;
    private final boolean isDynamic;
    private final DataType elementType;
    private final boolean nullable;
    private final boolean hasDefaultValue;

    private FieldSchema(Builder b) {
        this.fieldID = b.fieldID;
        this.name = b.name;
        this.isPrimaryKey = b.isPrimaryKey;
        this.description = b.description;
        this.dataType = b.dataType;
        this.typeParams = Collections.unmodifiableList(new ArrayList<>(b.typeParams));
        this.indexParams = Collections.unmodifiableList(new ArrayList<>(b.indexParams));
        this.autoID = b.autoID;
        this.isPartitionKey = b.isPartitionKey;
        this.isDynamic = b.isDynamic;
        this.elementType = b.elementType;
        this.nullable = b.nullable;
        this.hasDefaultValue = b.hasDefaultValue;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the field ID assigned by the server */
    public long getFieldID() {
        return fieldID;
    }
    /** @return the field name */
    public String getName() {
        return name;
    }
    /** @return whether this field is the primary key */
    public boolean getIsPrimaryKey() {
        return isPrimaryKey;
    }
    /** @return the field description; empty when none was given */
    public String getDescription() {
        return description;
    }
    /** @return the field's data type */
    public DataType getDataType() {
        return dataType;
    }
    /** @return whether the dataType message was set */
    public boolean hasDataType() {
        return dataType != null;
    }
    /** @return the type parameters, such as {@code dim} and {@code max_length}, in the server's order; unmodifiable, never {@code null} */
    public List<KeyValuePair> getTypeParamsList() {
        return typeParams;
    }
    /** @return the number of type parameters, such as {@code dim} and {@code max_length} */
    public int getTypeParamsCount() {
        return typeParams.size();
    }
    /**
     * @param index zero-based position, below {@link #getTypeParamsCount()}
     * @return the entry at {@code index}
     */
    public KeyValuePair getTypeParams(int index) {
        return typeParams.get(index);
    }
    /** @return the index parameters stored with the field, in the server's order; unmodifiable, never {@code null} */
    public List<KeyValuePair> getIndexParamsList() {
        return indexParams;
    }
    /** @return the number of index parameters stored with the field */
    public int getIndexParamsCount() {
        return indexParams.size();
    }
    /**
     * @param index zero-based position, below {@link #getIndexParamsCount()}
     * @return the entry at {@code index}
     */
    public KeyValuePair getIndexParams(int index) {
        return indexParams.get(index);
    }
    /** @return whether the server assigns this primary key's values */
    public boolean getAutoID() {
        return autoID;
    }
    /** @return whether rows are routed to the collection's hidden partitions by this field's value */
    public boolean getIsPartitionKey() {
        return isPartitionKey;
    }
    /** @return whether this is the hidden JSON field ({@code $meta}) that holds a row's undeclared keys */
    public boolean getIsDynamic() {
        return isDynamic;
    }
    /** @return the element type of an {@code Array} field; {@code None} for other fields */
    public DataType getElementType() {
        return elementType;
    }
    /** @return whether a row may leave this field null */
    public boolean getNullable() {
        return nullable;
    }
    /** @return whether the field has a default value, which a row that omits the field takes */
    public boolean hasDefaultValue() {
        return hasDefaultValue;
    }

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
                && Objects.equals(autoID, other.autoID)
                && isPartitionKey == other.isPartitionKey
                && isDynamic == other.isDynamic
                && elementType == other.elementType
                && nullable == other.nullable
                && hasDefaultValue == other.hasDefaultValue;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                fieldID,
                name,
                isPrimaryKey,
                description,
                dataType,
                typeParams,
                indexParams,
                autoID,
                isPartitionKey,
                isDynamic,
                elementType,
                nullable,
                hasDefaultValue);
    }

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
                + (isPartitionKey ? ", isPartitionKey=true" : "")
                + (isDynamic ? ", isDynamic=true" : "")
                + (elementType == DataType.None ? "" : ", elementType=" + elementType)
                + (nullable ? ", nullable=true" : "")
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
        private boolean isPartitionKey;
        private boolean isDynamic;
        private DataType elementType = DataType.None;
        private boolean nullable;
        private boolean hasDefaultValue;

        private Builder() {}

        /**
         * @param value the field ID assigned by the server
         * @return this builder
         */
        public Builder setFieldID(long value) {
            this.fieldID = value;
            return this;
        }
        /**
         * @param value the field name; must not be null
         * @return this builder
         */
        public Builder setName(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }
        /**
         * @param value whether this field is the primary key
         * @return this builder
         */
        public Builder setIsPrimaryKey(boolean value) {
            this.isPrimaryKey = value;
            return this;
        }
        /**
         * @param value the field description; must not be null
         * @return this builder
         */
        public Builder setDescription(String value) {
            this.description = Objects.requireNonNull(value, "description");
            return this;
        }
        /**
         * @param value the field's data type; must not be null
         * @return this builder
         */
        public Builder setDataType(DataType value) {
            this.dataType = Objects.requireNonNull(value, "dataType");
            return this;
        }
        /**
         * @param value appended to the type parameters, such as {@code dim} and {@code max_length}; must not be null
         * @return this builder
         */
        public Builder addTypeParams(KeyValuePair value) {
            this.typeParams.add(Objects.requireNonNull(value, "typeParams"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the type parameters, such as {@code dim} and {@code max_length}; none may be null
         * @return this builder
         */
        public Builder addAllTypeParams(Iterable<? extends KeyValuePair> values) {
            for (KeyValuePair v : values) addTypeParams(v);
            return this;
        }
        /**
         * @param value appended to the index parameters stored with the field; must not be null
         * @return this builder
         */
        public Builder addIndexParams(KeyValuePair value) {
            this.indexParams.add(Objects.requireNonNull(value, "indexParams"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the index parameters stored with the field; none may be null
         * @return this builder
         */
        public Builder addAllIndexParams(Iterable<? extends KeyValuePair> values) {
            for (KeyValuePair v : values) addIndexParams(v);
            return this;
        }
        /**
         * @param value whether the server assigns this primary key's values
         * @return this builder
         */
        public Builder setAutoID(boolean value) {
            this.autoID = value;
            return this;
        }
        /**
         * @param value whether rows are routed to hidden partitions by this field's value
         * @return this builder
         */
        public Builder setIsPartitionKey(boolean value) {
            this.isPartitionKey = value;
            return this;
        }
        /**
         * @param value whether this is the hidden {@code $meta} field of a dynamic schema
         * @return this builder
         */
        public Builder setIsDynamic(boolean value) {
            this.isDynamic = value;
            return this;
        }
        /**
         * @param value the element type of an {@code Array} field; must not be null
         * @return this builder
         */
        public Builder setElementType(DataType value) {
            this.elementType = Objects.requireNonNull(value, "elementType");
            return this;
        }
        /**
         * @param value whether a row may leave this field null
         * @return this builder
         */
        public Builder setNullable(boolean value) {
            this.nullable = value;
            return this;
        }
        /**
         * @param value whether the field has a default value
         * @return this builder
         */
        public Builder setHasDefaultValue(boolean value) {
            this.hasDefaultValue = value;
            return this;
        }

        /** @return a new immutable {@code FieldSchema} holding this builder's values; the builder stays usable */
        public FieldSchema build() {
            return new FieldSchema(this);
        }
    }
}
