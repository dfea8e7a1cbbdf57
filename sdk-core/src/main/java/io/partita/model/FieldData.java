package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One column of entity data, as returned by Query and Search (output fields) or sent by Insert.
 *
 * <p>Values are plain Java objects, one per row: {@code Boolean} for Bool, {@code Integer} for
 * Int8/Int16/Int32, {@code Long} for Int64, {@code Float}, {@code Double}, {@code String} for
 * VarChar, {@code List<Float>} for FloatVector and {@code java.nio.ByteBuffer} for BinaryVector,
 * the JSON text as a {@code String} for JSON (the hidden {@code $meta} field of a dynamic schema
 * included), a {@code List} of element values for Array, a {@code List} of structs ({@code Map}
 * from sub-field name to value) for ArrayOfStruct, and {@code null} where a nullable field's
 * row holds no value. {@link #getDim()} is the vector dimension (0 for scalars).
 *
 * <p>Immutable and thread-safe; {@link #toString()} never prints the values.
 */
public final class FieldData {
    private final String fieldName;
    private final long fieldId;
    private final DataType type;
    private final int dim;
    private final List<Object> values;
    private final List<FieldSchema> structFields;

    private FieldData(Builder b) {
        this.fieldName = b.fieldName;
        this.fieldId = b.fieldId;
        this.type = b.type;
        this.dim = b.dim;
        this.values = Collections.unmodifiableList(new ArrayList<>(b.values));
        this.structFields = Collections.unmodifiableList(new ArrayList<>(b.structFields));
    }

    /**
     * @return for an {@code ArrayOfStruct} column, its sub-fields typed by element type (name,
     *     {@code FloatVector} with a {@code dim}, {@code VarChar}, ...); empty for other columns
     */
    public List<FieldSchema> getStructFieldsList() {
        return structFields;
    }

    /** @return a new builder: empty name, type {@code None}, no values */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the field name */
    public String getFieldName() {
        return fieldName;
    }
    /** @return the field ID; 0 when the server did not send it */
    public long getFieldId() {
        return fieldId;
    }
    /** @return the field's data type */
    public DataType getType() {
        return type;
    }
    /** @return the vector dimension; 0 for scalar fields */
    public int getDim() {
        return dim;
    }
    /** @return the values, one per row; unmodifiable */
    public List<Object> getValues() {
        return values;
    }
    /** @return the number of rows */
    public int getRowCount() {
        return values.size();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof FieldData)) return false;
        FieldData other = (FieldData) o;
        return fieldId == other.fieldId
                && dim == other.dim
                && fieldName.equals(other.fieldName)
                && type == other.type
                && values.equals(other.values)
                && structFields.equals(other.structFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fieldName, fieldId, type, dim, values);
    }

    @Override
    public String toString() {
        return "FieldData{fieldName=" + fieldName + ", type=" + type + ", dim=" + dim + ", rows=" + values.size() + "}";
    }

    /** Builder for {@link FieldData}; not thread-safe. */
    public static final class Builder {
        private String fieldName = "";
        private long fieldId;
        private DataType type = DataType.None;
        private int dim;
        private final List<Object> values = new ArrayList<>();
        private final List<FieldSchema> structFields = new ArrayList<>();

        private Builder() {}

        /**
         * @param value one more sub-field of an {@code ArrayOfStruct} column, typed by its element type
         * @return this builder
         */
        public Builder addStructFields(FieldSchema value) {
            structFields.add(Objects.requireNonNull(value, "structFields"));
            return this;
        }

        /**
         * @param value the field name; must not be null
         * @return this builder
         */
        public Builder setFieldName(String value) {
            fieldName = Objects.requireNonNull(value, "fieldName");
            return this;
        }
        /**
         * @param value the field ID
         * @return this builder
         */
        public Builder setFieldId(long value) {
            fieldId = value;
            return this;
        }
        /**
         * @param value the field's data type; must not be null
         * @return this builder
         */
        public Builder setType(DataType value) {
            type = Objects.requireNonNull(value, "type");
            return this;
        }
        /**
         * @param value the vector dimension
         * @return this builder
         */
        public Builder setDim(int value) {
            dim = value;
            return this;
        }
        /**
         * @param value appended to the column values, one per row, typed as the class comment lists;
         *     {@code null} for a nullable field's row without a value
         * @return this builder
         */
        public Builder addValue(Object value) {
            values.add(value);
            return this;
        }
        /**
         * @param list entries appended, in order, to the column values, one per row, typed as the class comment lists; none may be null
         * @return this builder
         */
        public Builder addAllValues(Iterable<?> list) {
            for (Object v : list) addValue(v);
            return this;
        }

        /** @return a new immutable {@code FieldData} holding this builder's values; the builder stays usable */
        public FieldData build() {
            return new FieldData(this);
        }
    }
}
