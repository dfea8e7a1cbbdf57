package io.partita.param.collection;

import io.partita.exception.ParamException;
import io.partita.model.DataType;
import io.partita.param.Constant;
import io.partita.param.ParamUtils;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One field of a collection schema, for {@link CreateCollectionParam}.
 *
 * <p>Rules checked by {@link Builder#build()}: a name; a data type other than {@code None};
 * a dense vector field has a dimension from 1 to 32768 (binary vectors: a multiple of 8); a VarChar
 * field has a max length from 1 to 65535; only Int64 and VarChar fields can be primary keys;
 * auto-id only on the primary key (on a VarChar key from Milvus 2.3); an Array field has a scalar
 * element type and a capacity from 1 to 4096; a primary key is never nullable; a default value
 * matches the field's type. Which server versions accept the newer types is the server's rule.
 *
 * <p>Immutable and thread-safe.
 */
public final class FieldType {
    /** The type parameter of an array field's capacity. */
    static final String MAX_CAPACITY = "max_capacity";
    /** Milvus's upper bound on {@code max_capacity} ({@code proxy} {@code defaultMaxArrayCapacity}). */
    static final int MAX_ARRAY_CAPACITY = 4096;

    private final String name;
    private final boolean primaryKey;
    private final String description;
    private final DataType dataType;
    private final Map<String, String> typeParams;
    private final boolean autoID;
    private final DataType elementType;
    private final boolean partitionKey;
    private final boolean nullable;
    private final Object defaultValue;

    private FieldType(Builder b) {
        this.name = b.name;
        this.primaryKey = b.primaryKey;
        this.description = b.description;
        this.dataType = b.dataType;
        this.typeParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.typeParams));
        this.autoID = b.autoID;
        this.elementType = b.elementType;
        this.partitionKey = b.partitionKey;
        this.nullable = b.nullable;
        this.defaultValue = b.defaultValue;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the field name */
    public String getName() {
        return name;
    }
    /** @return whether this is the primary key */
    public boolean isPrimaryKey() {
        return primaryKey;
    }
    /** @return the description; empty by default */
    public String getDescription() {
        return description;
    }
    /** @return the data type */
    public DataType getDataType() {
        return dataType;
    }
    /** @return type parameters such as {@code dim} and {@code max_length}; unmodifiable */
    public Map<String, String> getTypeParams() {
        return typeParams;
    }
    /** @return whether the server generates the primary key */
    public boolean isAutoID() {
        return autoID;
    }

    /** @return the vector dimension, or 0 when not a vector field */
    /** @return the element type of an {@code Array} field; {@code None} for other fields */
    public DataType getElementType() {
        return elementType;
    }
    /** @return whether rows are routed to hidden partitions by this field's value */
    public boolean isPartitionKey() {
        return partitionKey;
    }
    /** @return whether a row may leave this field null */
    public boolean isNullable() {
        return nullable;
    }
    /** @return the value a row that omits this field takes, or {@code null} when there is none */
    public Object getDefaultValue() {
        return defaultValue;
    }
    /** @return the most elements an {@code Array} field's row may hold; 0 when not set */
    public int getMaxCapacity() {
        String max = typeParams.get(MAX_CAPACITY);
        return max == null ? 0 : Integer.parseInt(max);
    }

    public int getDimension() {
        String dim = typeParams.get(Constant.DIM);
        return dim == null ? 0 : Integer.parseInt(dim);
    }

    /** @return the VarChar max length, or 0 when not a VarChar field */
    public int getMaxLength() {
        String max = typeParams.get(Constant.VARCHAR_MAX_LENGTH);
        return max == null ? 0 : Integer.parseInt(max);
    }

    /** @return whether the field holds vectors */
    public boolean isVector() {
        return isVectorType(dataType);
    }

    /** @return whether values of this type are vectors a search can run on */
    public static boolean isVectorType(DataType type) {
        return type != null && type.getNumber() >= DataType.BinaryVector.getNumber();
    }

    @Override
    public String toString() {
        return "FieldType{name=" + name + ", dataType=" + dataType + ", primaryKey=" + primaryKey + ", autoID=" + autoID
                + ", typeParams=" + typeParams
                + (elementType == DataType.None ? "" : ", elementType=" + elementType)
                + (partitionKey ? ", partitionKey=true" : "")
                + (nullable ? ", nullable=true" : "")
                + (defaultValue == null ? "" : ", defaultValue=" + defaultValue)
                + "}";
    }

    /** Builder for {@link FieldType}; not thread-safe. */
    public static final class Builder {
        private String name;
        private boolean primaryKey;
        private String description = "";
        private DataType dataType;
        private final Map<String, String> typeParams = new LinkedHashMap<>();
        private boolean autoID;
        private DataType elementType = DataType.None;
        private boolean partitionKey;
        private boolean nullable;
        private Object defaultValue;

        private Builder() {}

        /**
         * @param name the field name
         * @return this
         */
        public Builder withName(String name) {
            this.name = name;
            return this;
        }
        /**
         * @param primaryKey whether it is the primary key; default false
         * @return this
         */
        public Builder withPrimaryKey(boolean primaryKey) {
            this.primaryKey = primaryKey;
            return this;
        }
        /**
         * @param description a description; default empty
         * @return this
         */
        public Builder withDescription(String description) {
            this.description = description;
            return this;
        }
        /**
         * @param dataType the data type
         * @return this
         */
        public Builder withDataType(DataType dataType) {
            this.dataType = dataType;
            return this;
        }
        /**
         * @param autoID whether the server generates the primary key; default false
         * @return this
         */
        public Builder withAutoID(boolean autoID) {
            this.autoID = autoID;
            return this;
        }
        /**
         * @param dimension the vector dimension
         * @return this
         */
        /**
         * @param elementType the type of an {@code Array} field's elements (a scalar type)
         * @return this
         */
        public Builder withElementType(DataType elementType) {
            this.elementType = ParamUtils.checkNotNull(elementType, "elementType");
            return this;
        }
        /**
         * @param maxCapacity the most elements an {@code Array} field's row may hold (1 to 4096)
         * @return this
         */
        public Builder withMaxCapacity(Integer maxCapacity) {
            ParamUtils.checkNotNull(maxCapacity, "maxCapacity");
            typeParams.put(MAX_CAPACITY, maxCapacity.toString());
            return this;
        }
        /**
         * @param partitionKey whether rows are routed to hidden partitions by this field's value (Milvus 2.3+)
         * @return this
         */
        public Builder withPartitionKey(boolean partitionKey) {
            this.partitionKey = partitionKey;
            return this;
        }
        /**
         * @param nullable whether a row may leave this field null (Milvus 2.5+)
         * @return this
         */
        public Builder withNullable(boolean nullable) {
            this.nullable = nullable;
            return this;
        }
        /**
         * @param defaultValue the value a row that omits this field takes: a {@code Boolean}, a
         *     {@code Number} or a {@code String} matching the field's type (Milvus 2.5+)
         * @return this
         */
        public Builder withDefaultValue(Object defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        public Builder withDimension(Integer dimension) {
            ParamUtils.checkNotNull(dimension, "dimension");
            typeParams.put(Constant.DIM, dimension.toString());
            return this;
        }
        /**
         * @param maxLength the VarChar max length
         * @return this
         */
        public Builder withMaxLength(Integer maxLength) {
            ParamUtils.checkNotNull(maxLength, "maxLength");
            typeParams.put(Constant.VARCHAR_MAX_LENGTH, maxLength.toString());
            return this;
        }
        /**
         * @param key a type parameter key
         * @param value its value
         * @return this
         */
        public Builder addTypeParam(String key, String value) {
            typeParams.put(
                    ParamUtils.checkNotEmpty(key, "typeParam key"),
                    ParamUtils.checkNotNull(value, "typeParams." + key));
            return this;
        }
        /**
         * @param typeParams type parameters, replacing any set before
         * @return this
         */
        public Builder withTypeParams(Map<String, String> typeParams) {
            ParamUtils.checkNotNull(typeParams, "typeParams");
            this.typeParams.clear();
            typeParams.forEach(this::addTypeParam);
            return this;
        }

        /**
         * @return the validated field
         * @throws ParamException naming the bad field and value
         */
        public FieldType build() {
            ParamUtils.checkNotEmpty(name, "name");
            ParamUtils.checkNotNull(description, "description");
            ParamUtils.checkNotNull(dataType, "dataType");
            if (dataType == DataType.None) {
                throw new ParamException("dataType of field " + name + " must not be None");
            }
            if (isVectorType(dataType) && dataType != DataType.SparseFloatVector) {
                int dim = parseInt(Constant.DIM, "dimension");
                ParamUtils.checkRange(dim, 1, Constant.MAX_DIMENSION, "dimension of field " + name);
                if (dataType == DataType.BinaryVector && dim % 8 != 0) {
                    throw new ParamException(
                            "dimension of binary vector field " + name + " must be a multiple of 8, got " + dim);
                }
            }
            if (dataType == DataType.VarChar) {
                int max = parseInt(Constant.VARCHAR_MAX_LENGTH, "maxLength");
                ParamUtils.checkRange(max, 1, Constant.MAX_VARCHAR_LENGTH, "maxLength of field " + name);
            }
            if (primaryKey && dataType != DataType.Int64 && dataType != DataType.VarChar) {
                throw new ParamException("primary key field " + name + " must be Int64 or VarChar, got " + dataType);
            }
            if (autoID && !primaryKey) {
                throw new ParamException("autoID of field " + name + " is only allowed on the primary key, got "
                        + dataType + " non-primary field");
            }
            if (dataType == DataType.Array) {
                checkArray();
            }
            if (nullable && primaryKey) {
                throw new ParamException("primary key field " + name + " cannot be nullable");
            }
            if (defaultValue != null && !fitsType(defaultValue)) {
                throw new ParamException("defaultValue of " + dataType + " field " + name + " must be a " + dataType
                        + " value, got " + defaultValue.getClass().getSimpleName() + " " + defaultValue);
            }
            return new FieldType(this);
        }

        /** Milvus's rules for array fields (proxy's {@code validateArrayFieldType}: scalar elements, capacity ≤ 4096). */
        private void checkArray() {
            if (elementType == DataType.None
                    || elementType == DataType.Array
                    || elementType == DataType.JSON
                    || elementType == DataType.String
                    || isVectorType(elementType)) {
                throw new ParamException("elementType of array field " + name
                        + " must be a scalar type (Bool, Int8-Int64, Float, Double, VarChar), got " + elementType);
            }
            int max = parseInt(MAX_CAPACITY, "maxCapacity");
            ParamUtils.checkRange(max, 1, MAX_ARRAY_CAPACITY, "maxCapacity of field " + name);
            if (elementType == DataType.VarChar) {
                int len = parseInt(Constant.VARCHAR_MAX_LENGTH, "maxLength");
                ParamUtils.checkRange(len, 1, Constant.MAX_VARCHAR_LENGTH, "maxLength of field " + name);
            }
        }

        private boolean fitsType(Object value) {
            switch (dataType) {
                case Bool:
                    return value instanceof Boolean;
                case Int8:
                case Int16:
                case Int32:
                case Int64:
                    return value instanceof Integer
                            || value instanceof Long
                            || value instanceof Short
                            || value instanceof Byte;
                case Float:
                case Double:
                    return value instanceof Number;
                case VarChar:
                case String:
                    return value instanceof String;
                default:
                    return false;
            }
        }

        private int parseInt(String key, String field) {
            String value = typeParams.get(key);
            if (value == null) {
                throw new ParamException(field + " of " + dataType + " field " + name + " must be set");
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new ParamException(field + " of field " + name + " must be an integer, got \"" + value + "\"");
            }
        }
    }
}
