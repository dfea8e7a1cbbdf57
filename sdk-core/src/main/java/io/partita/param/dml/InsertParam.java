package io.partita.param.dml;

import io.partita.exception.ParamException;
import io.partita.model.DataType;
import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Inserts entities, column by column: one {@link Field} per schema field, all of the same row
 * count. The partition defaults to {@code _default} (empty name).
 *
 * <p>Field types may be left out: the client reads the collection's schema and fills them in
 * before handing the insert to the transport, so a transport always sees typed fields.
 *
 * <p>Immutable and thread-safe (values are copied into unmodifiable lists, rows not deep-copied).
 */
public final class InsertParam {
    private final String collectionName;
    private final String partitionName;
    private final List<Field> fields;
    private final int rowCount;

    private InsertParam(Builder b, List<Field> fields, int rowCount) {
        this.collectionName = b.collectionName;
        this.partitionName = b.partitionName;
        this.fields = fields;
        this.rowCount = rowCount;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }
    /** @return the partition name; empty for {@code _default} */
    public String getPartitionName() {
        return partitionName;
    }
    /** @return the columns; unmodifiable */
    public List<Field> getFields() {
        return fields;
    }
    /** @return the number of rows */
    public int getRowCount() {
        return rowCount;
    }

    /**
     * @param typedFields the same columns with their types filled in
     * @return a copy of this insert with those columns
     */
    public InsertParam withTypedFields(List<Field> typedFields) {
        return newBuilder()
                .withCollectionName(collectionName)
                .withPartitionName(partitionName)
                .withFields(typedFields)
                .build();
    }

    @Override
    public String toString() {
        return "InsertParam{collectionName=" + collectionName + ", partitionName=" + partitionName + ", fields="
                + fields + ", rowCount=" + rowCount + "}";
    }

    /**
     * One column of an insert: a field name, optionally its type, and one value per row
     * (see {@link io.partita.model.FieldData} for the Java type of each data type).
     * Immutable; {@link #toString()} does not print values.
     */
    public static final class Field {
        private final String name;
        private final DataType type;
        private final DataType elementType;
        private final List<?> values;
        private final List<io.partita.model.FieldSchema> structFields;

        /**
         * A struct array field's column (Milvus 2.6).
         *
         * @param name the struct array field's name
         * @param structFields its sub-fields, each typed by its element type (as
         *     {@link io.partita.model.StructArrayFieldSchema#getFieldsList()} gives them)
         * @param values one value per row: a {@code List} of structs, each a {@code Map} from
         *     sub-field name to value ({@code List<Float>} for a vector)
         * @return the column
         */
        public static Field ofStructs(String name, List<io.partita.model.FieldSchema> structFields, List<?> values) {
            return new Field(name, values, structFields);
        }

        private Field(String name, List<?> values, List<io.partita.model.FieldSchema> structFields) {
            this.name = ParamUtils.checkNotEmpty(name, "fields.name");
            this.type = DataType.ArrayOfStruct;
            this.elementType = DataType.None;
            this.values = Collections.unmodifiableList(
                    new ArrayList<>(ParamUtils.checkNotNull(values, "fields[" + name + "].values")));
            this.structFields = ParamUtils.copyOf(structFields, "fields[" + name + "].structFields");
        }

        /**
         * @param name the field name
         * @param values one value per row
         */
        public Field(String name, List<?> values) {
            this(name, null, values);
        }

        /**
         * @param name the field name
         * @param type the field's data type, or {@code null} to take it from the schema
         * @param values one value per row
         */
        public Field(String name, DataType type, List<?> values) {
            this(name, type, DataType.None, values);
        }

        /**
         * @param name the field name
         * @param type the field's data type, or {@code null} to take it from the schema
         * @param elementType the element type of an {@code Array} field ({@code None} otherwise)
         * @param values one value per row; {@code null} where a nullable field's row has no value
         */
        public Field(String name, DataType type, DataType elementType, List<?> values) {
            this.name = ParamUtils.checkNotEmpty(name, "fields.name");
            this.type = type;
            this.elementType = ParamUtils.checkNotNull(elementType, "fields[" + name + "].elementType");
            this.values = Collections.unmodifiableList(
                    new ArrayList<>(ParamUtils.checkNotNull(values, "fields[" + name + "].values")));
            this.structFields = List.of();
        }

        /** @return the sub-fields of a struct array field's column; empty for other fields */
        public List<io.partita.model.FieldSchema> getStructFields() {
            return structFields;
        }

        /** @return the field name */
        public String getName() {
            return name;
        }
        /** @return the data type, or {@code null} when not given */
        public DataType getType() {
            return type;
        }
        /** @return the element type of an {@code Array} field; {@code None} for other fields */
        public DataType getElementType() {
            return elementType;
        }
        /** @return the values, one per row; unmodifiable; {@code null} where a nullable field's row has no value */
        public List<?> getValues() {
            return values;
        }

        @Override
        public String toString() {
            return "Field{name=" + name + ", type=" + type + ", rows=" + values.size() + "}";
        }
    }

    /** Builder for {@link InsertParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private String partitionName = "";
        private List<Field> fields = new ArrayList<>();

        private Builder() {}

        /**
         * @param collectionName the collection name
         * @return this
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }
        /**
         * @param partitionName the partition; default empty for {@code _default}
         * @return this
         */
        public Builder withPartitionName(String partitionName) {
            this.partitionName = partitionName;
            return this;
        }
        /**
         * @param fields the columns
         * @return this
         */
        public Builder withFields(List<Field> fields) {
            this.fields = fields == null ? null : new ArrayList<>(fields);
            return this;
        }

        /**
         * @return the validated parameters
         * @throws ParamException naming the bad field and value
         */
        public InsertParam build() {
            ParamUtils.checkCollectionName(collectionName, "collectionName");
            ParamUtils.checkNotNull(partitionName, "partitionName");
            if (!partitionName.isEmpty()) {
                ParamUtils.checkPartitionName(partitionName, "partitionName");
            }
            List<Field> copy = ParamUtils.copyOf(fields, "fields");
            if (copy.isEmpty()) {
                throw new ParamException("fields must not be empty, got []");
            }
            int rows = copy.get(0).getValues().size();
            Set<String> names = new HashSet<>();
            for (Field field : copy) {
                if (!names.add(field.getName())) {
                    throw new ParamException("fields must have unique names, got " + field.getName() + " twice");
                }
                if (field.getValues().isEmpty()) {
                    throw new ParamException("fields[" + field.getName() + "].values must not be empty, got []");
                }
                if (field.getValues().size() != rows) {
                    throw new ParamException("fields must have the same row count, got " + rows + " for "
                            + copy.get(0).getName() + " and "
                            + field.getValues().size() + " for " + field.getName());
                }
            }
            return new InsertParam(this, Collections.unmodifiableList(copy), rows);
        }
    }
}
