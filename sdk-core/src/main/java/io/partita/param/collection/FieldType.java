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
 * a vector field has a dimension from 1 to 32768 (binary vectors: a multiple of 8); a VarChar
 * field has a max length from 1 to 65535; only Int64 and VarChar fields can be primary keys;
 * auto-id only on an Int64 primary key.
 *
 * <p>Immutable and thread-safe.
 */
public final class FieldType {
    private final String name;
    private final boolean primaryKey;
    private final String description;
    private final DataType dataType;
    private final Map<String, String> typeParams;
    private final boolean autoID;

    private FieldType(Builder b) {
        this.name = b.name;
        this.primaryKey = b.primaryKey;
        this.description = b.description;
        this.dataType = b.dataType;
        this.typeParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.typeParams));
        this.autoID = b.autoID;
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
        return dataType == DataType.FloatVector || dataType == DataType.BinaryVector;
    }

    @Override
    public String toString() {
        return "FieldType{name=" + name + ", dataType=" + dataType + ", primaryKey=" + primaryKey + ", autoID=" + autoID
                + ", typeParams=" + typeParams + "}";
    }

    /** Builder for {@link FieldType}; not thread-safe. */
    public static final class Builder {
        private String name;
        private boolean primaryKey;
        private String description = "";
        private DataType dataType;
        private final Map<String, String> typeParams = new LinkedHashMap<>();
        private boolean autoID;

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
            if (dataType == DataType.FloatVector || dataType == DataType.BinaryVector) {
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
            if (autoID && !(primaryKey && dataType == DataType.Int64)) {
                throw new ParamException("autoID of field " + name + " is only allowed on an Int64 primary key, got "
                        + dataType + (primaryKey ? " primary key" : " non-primary field"));
            }
            return new FieldType(this);
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
