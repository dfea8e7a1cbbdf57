package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A struct array field (Milvus 2.6's "Array of Structs", {@code schema.StructArrayFieldSchema}):
 * each row holds up to {@link #getMaxCapacity()} structs of the same sub-fields. Each sub-field is
 * described by its element type ({@code FloatVector} with a {@code dim}, {@code VarChar} with a
 * {@code max_length}, a number or {@code Bool}); on the wire it travels as an {@code Array} or
 * {@code ArrayOfVector} of that type carrying the struct's {@code max_capacity}, which the
 * transports add and remove.
 *
 * <p>Immutable and thread-safe; accessors in the protobuf style of the official class.
 */
public final class StructArrayFieldSchema {
    private final long fieldID;
    private final String name;
    private final String description;
    private final List<FieldSchema> fields;
    private final int maxCapacity;

    private StructArrayFieldSchema(Builder b) {
        this.fieldID = b.fieldID;
        this.name = b.name;
        this.description = b.description;
        this.fields = Collections.unmodifiableList(new ArrayList<>(b.fields));
        this.maxCapacity = b.maxCapacity;
    }

    /** @return a builder with every value unset */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the field id the server assigned; 0 before creation */
    public long getFieldID() {
        return fieldID;
    }

    /** @return the struct field's name */
    public String getName() {
        return name;
    }

    /** @return the description; empty when none */
    public String getDescription() {
        return description;
    }

    /** @return the sub-fields, each typed by its element type; unmodifiable */
    public List<FieldSchema> getFieldsList() {
        return fields;
    }

    /** @return the most structs one row may hold */
    public int getMaxCapacity() {
        return maxCapacity;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StructArrayFieldSchema)) {
            return false;
        }
        StructArrayFieldSchema s = (StructArrayFieldSchema) o;
        return fieldID == s.fieldID
                && maxCapacity == s.maxCapacity
                && name.equals(s.name)
                && description.equals(s.description)
                && fields.equals(s.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fieldID, name, description, fields, maxCapacity);
    }

    @Override
    public String toString() {
        return "StructArrayFieldSchema{name=" + name + ", maxCapacity=" + maxCapacity + ", fields=" + fields + "}";
    }

    /** Builds a {@link StructArrayFieldSchema}; not thread-safe. */
    public static final class Builder {
        private long fieldID;
        private String name = "";
        private String description = "";
        private final List<FieldSchema> fields = new ArrayList<>();
        private int maxCapacity;

        private Builder() {}

        /**
         * @param value the server's field id
         * @return this builder
         */
        public Builder setFieldID(long value) {
            this.fieldID = value;
            return this;
        }

        /**
         * @param value the struct field's name
         * @return this builder
         */
        public Builder setName(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * @param value the description
         * @return this builder
         */
        public Builder setDescription(String value) {
            this.description = value == null ? "" : value;
            return this;
        }

        /**
         * @param value one more sub-field, typed by its element type
         * @return this builder
         */
        public Builder addFields(FieldSchema value) {
            fields.add(Objects.requireNonNull(value, "field"));
            return this;
        }

        /**
         * @param value the most structs one row may hold
         * @return this builder
         */
        public Builder setMaxCapacity(int value) {
            this.maxCapacity = value;
            return this;
        }

        /** @return the schema */
        public StructArrayFieldSchema build() {
            return new StructArrayFieldSchema(this);
        }
    }
}
