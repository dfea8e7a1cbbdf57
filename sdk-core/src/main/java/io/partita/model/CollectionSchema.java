package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The schema of a collection: its name, description, fields and functions.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class CollectionSchema {
    private final String name;
    private final String description;
    private final boolean autoID;
    private final List<FieldSchema> fields;
    private final boolean enableDynamicField;
    private final List<FunctionSchema> functions;
    private final List<StructArrayFieldSchema> structArrayFields;

    private CollectionSchema(Builder b) {
        this.name = b.name;
        this.description = b.description;
        this.autoID = b.autoID;
        this.fields = Collections.unmodifiableList(new ArrayList<>(b.fields));
        this.enableDynamicField = b.enableDynamicField;
        this.functions = Collections.unmodifiableList(new ArrayList<>(b.functions));
        this.structArrayFields = Collections.unmodifiableList(new ArrayList<>(b.structArrayFields));
    }

    /** @return the struct array fields (Milvus 2.6), in declaration order; unmodifiable, empty when none */
    public List<StructArrayFieldSchema> getStructArrayFieldsList() {
        return structArrayFields;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getName() {
        return name;
    }
    /** @return the collection description; empty when none was given */
    public String getDescription() {
        return description;
    }
    /** @return whether the server assigns primary keys (deprecated on the wire in favour of the field flag) */
    public boolean getAutoID() {
        return autoID;
    }
    /** @return the field schemas, in declaration order, in the server's order; unmodifiable, never {@code null} */
    public List<FieldSchema> getFieldsList() {
        return fields;
    }
    /** @return the number of fields */
    public int getFieldsCount() {
        return fields.size();
    }
    /**
     * @param index zero-based position, below {@link #getFieldsCount()}
     * @return the entry at {@code index}
     */
    public FieldSchema getFields(int index) {
        return fields.get(index);
    }
    /** @return whether a row's keys that name no field are kept in the hidden {@code $meta} JSON field */
    public boolean getEnableDynamicField() {
        return enableDynamicField;
    }

    /** @return the collection's functions (BM25 and others, Milvus 2.5+), in order; unmodifiable, never {@code null} */
    public List<FunctionSchema> getFunctionsList() {
        return functions;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof CollectionSchema)) return false;
        CollectionSchema other = (CollectionSchema) o;
        return Objects.equals(name, other.name)
                && Objects.equals(description, other.description)
                && Objects.equals(autoID, other.autoID)
                && Objects.equals(fields, other.fields)
                && enableDynamicField == other.enableDynamicField
                && functions.equals(other.functions)
                && structArrayFields.equals(other.structArrayFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, autoID, fields, enableDynamicField, functions, structArrayFields);
    }

    @Override
    public String toString() {
        return "CollectionSchema{"
                + "name=" + name
                + ", description=" + description
                + ", autoID=" + autoID
                + ", fields=" + fields
                + (enableDynamicField ? ", enableDynamicField=true" : "")
                + (functions.isEmpty() ? "" : ", functions=" + functions)
                + (structArrayFields.isEmpty() ? "" : ", structArrayFields=" + structArrayFields)
                + "}";
    }

    /** Builder for {@link CollectionSchema}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private String name = "";
        private String description = "";
        private boolean autoID = false;
        private List<FieldSchema> fields = new ArrayList<>();
        private boolean enableDynamicField;
        private final List<FunctionSchema> functions = new ArrayList<>();
        private final List<StructArrayFieldSchema> structArrayFields = new ArrayList<>();

        private Builder() {}

        /**
         * @param value appended to the struct array fields; must not be null
         * @return this builder
         */
        public Builder addStructArrayFields(StructArrayFieldSchema value) {
            this.structArrayFields.add(Objects.requireNonNull(value, "structArrayFields"));
            return this;
        }

        /**
         * @param value appended to the functions; must not be null
         * @return this builder
         */
        public Builder addFunctions(FunctionSchema value) {
            this.functions.add(Objects.requireNonNull(value, "functions"));
            return this;
        }

        /**
         * @param value whether a row's undeclared keys are kept in the hidden {@code $meta} field
         * @return this builder
         */
        public Builder setEnableDynamicField(boolean value) {
            this.enableDynamicField = value;
            return this;
        }

        /**
         * @param value the collection name; must not be null
         * @return this builder
         */
        public Builder setName(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }
        /**
         * @param value the collection description; must not be null
         * @return this builder
         */
        public Builder setDescription(String value) {
            this.description = Objects.requireNonNull(value, "description");
            return this;
        }
        /**
         * @param value whether the server assigns primary keys (deprecated on the wire in favour of the field flag)
         * @return this builder
         */
        public Builder setAutoID(boolean value) {
            this.autoID = value;
            return this;
        }
        /**
         * @param value appended to the field schemas, in declaration order; must not be null
         * @return this builder
         */
        public Builder addFields(FieldSchema value) {
            this.fields.add(Objects.requireNonNull(value, "fields"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the field schemas, in declaration order; none may be null
         * @return this builder
         */
        public Builder addAllFields(Iterable<? extends FieldSchema> values) {
            for (FieldSchema v : values) addFields(v);
            return this;
        }

        /** @return a new immutable {@code CollectionSchema} holding this builder's values; the builder stays usable */
        public CollectionSchema build() {
            return new CollectionSchema(this);
        }
    }
}
