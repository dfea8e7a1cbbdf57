package io.partita.model;

import io.partita.common.clientenum.FunctionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One function of a collection schema (Milvus 2.5+ {@code FunctionSchema}, schema.proto): a
 * server-side derivation from input fields to output fields, such as BM25 from a VarChar field to
 * a sparse vector field. Params are key-value pairs.
 *
 * <p>Immutable and thread-safe; accessor names follow the protobuf style, as {@link FieldSchema}.
 */
public final class FunctionSchema {
    private final String name;
    private final String description;
    private final FunctionType type;
    private final List<String> inputFieldNames;
    private final List<String> outputFieldNames;
    private final List<KeyValuePair> params;

    private FunctionSchema(Builder b) {
        this.name = b.name;
        this.description = b.description;
        this.type = b.type;
        this.inputFieldNames = Collections.unmodifiableList(new ArrayList<>(b.inputFieldNames));
        this.outputFieldNames = Collections.unmodifiableList(new ArrayList<>(b.outputFieldNames));
        this.params = Collections.unmodifiableList(new ArrayList<>(b.params));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the function name, unique in its collection */
    public String getName() {
        return name;
    }
    /** @return the description; empty when none was given */
    public String getDescription() {
        return description;
    }
    /** @return the function type; {@link FunctionType#UNKNOWN} when not set */
    public FunctionType getType() {
        return type;
    }
    /** @return the input fields' names, in order; unmodifiable */
    public List<String> getInputFieldNamesList() {
        return inputFieldNames;
    }
    /** @return the output fields' names, in order; unmodifiable */
    public List<String> getOutputFieldNamesList() {
        return outputFieldNames;
    }
    /** @return the params, in order; unmodifiable */
    public List<KeyValuePair> getParamsList() {
        return params;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof FunctionSchema)) return false;
        FunctionSchema other = (FunctionSchema) o;
        return name.equals(other.name)
                && description.equals(other.description)
                && type == other.type
                && inputFieldNames.equals(other.inputFieldNames)
                && outputFieldNames.equals(other.outputFieldNames)
                && params.equals(other.params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, type, inputFieldNames, outputFieldNames, params);
    }

    @Override
    public String toString() {
        return "FunctionSchema{name=" + name + ", type=" + type + ", inputFieldNames=" + inputFieldNames
                + ", outputFieldNames=" + outputFieldNames + ", params=" + params + "}";
    }

    /** Builder for {@link FunctionSchema}; not thread-safe. */
    public static final class Builder {
        private String name = "";
        private String description = "";
        private FunctionType type = FunctionType.UNKNOWN;
        private final List<String> inputFieldNames = new ArrayList<>();
        private final List<String> outputFieldNames = new ArrayList<>();
        private final List<KeyValuePair> params = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the function name; must not be null
         * @return this builder
         */
        public Builder setName(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }
        /**
         * @param value the description; must not be null
         * @return this builder
         */
        public Builder setDescription(String value) {
            this.description = Objects.requireNonNull(value, "description");
            return this;
        }
        /**
         * @param value the function type; must not be null
         * @return this builder
         */
        public Builder setType(FunctionType value) {
            this.type = Objects.requireNonNull(value, "type");
            return this;
        }
        /**
         * @param values input field names appended in order; none may be null
         * @return this builder
         */
        public Builder addAllInputFieldNames(Iterable<String> values) {
            values.forEach(v -> inputFieldNames.add(Objects.requireNonNull(v, "inputFieldNames")));
            return this;
        }
        /**
         * @param values output field names appended in order; none may be null
         * @return this builder
         */
        public Builder addAllOutputFieldNames(Iterable<String> values) {
            values.forEach(v -> outputFieldNames.add(Objects.requireNonNull(v, "outputFieldNames")));
            return this;
        }
        /**
         * @param value one param appended; must not be null
         * @return this builder
         */
        public Builder addParams(KeyValuePair value) {
            params.add(Objects.requireNonNull(value, "params"));
            return this;
        }

        /** @return a new immutable {@code FunctionSchema}; the builder stays usable */
        public FunctionSchema build() {
            return new FunctionSchema(this);
        }
    }
}
