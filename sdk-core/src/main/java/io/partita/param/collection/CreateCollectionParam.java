package io.partita.param.collection;

import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.exception.ParamException;
import io.partita.model.FunctionSchema;
import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates a collection with a schema.
 *
 * <p>Rules checked by {@link Builder#build()}: a valid collection name; 1 to 64 shards (default
 * 2); at least one field, unique field names, exactly one primary key and at least one vector
 * field; consistency level default {@code BOUNDED}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CreateCollectionParam {
    private final String collectionName;
    private final int shardsNum;
    private final String description;
    private final List<FieldType> fieldTypes;
    private final ConsistencyLevelEnum consistencyLevel;
    private final boolean enableDynamicField;
    private final int partitionsNum;
    private final List<FunctionSchema> functions;
    private final List<io.partita.model.StructArrayFieldSchema> structArrayFields;

    private CreateCollectionParam(Builder b) {
        this.collectionName = b.collectionName;
        this.shardsNum = b.shardsNum;
        this.description = b.description;
        this.fieldTypes = b.fieldTypes;
        this.consistencyLevel = b.consistencyLevel;
        this.enableDynamicField = b.enableDynamicField;
        this.partitionsNum = b.partitionsNum;
        this.functions = b.functions;
        this.structArrayFields = b.structArrayFields;
    }

    /**
     * @return the struct array fields (Milvus 2.6: servers before it drop them unread);
     *     unmodifiable, empty for none
     */
    public List<io.partita.model.StructArrayFieldSchema> getStructArrayFields() {
        return structArrayFields;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }
    /** @return the number of shards */
    public int getShardsNum() {
        return shardsNum;
    }
    /** @return the description */
    public String getDescription() {
        return description;
    }
    /** @return the fields; unmodifiable */
    public List<FieldType> getFieldTypes() {
        return fieldTypes;
    }
    /** @return the consistency level */
    public ConsistencyLevelEnum getConsistencyLevel() {
        return consistencyLevel;
    }
    /** @return whether rows may carry keys that name no field (kept in the hidden {@code $meta} JSON field) */
    public boolean isEnableDynamicField() {
        return enableDynamicField;
    }
    /** @return the number of hidden partitions of a partition-key collection; 0 leaves it to the server */
    public int getPartitionsNum() {
        return partitionsNum;
    }

    /**
     * @return the collection's functions (a BM25 function fills its sparse output field from its
     *     VarChar input on insert); unmodifiable, empty for none
     */
    public List<FunctionSchema> getFunctions() {
        return functions;
    }

    @Override
    public String toString() {
        return "CreateCollectionParam{collectionName=" + collectionName + ", shardsNum=" + shardsNum + ", fieldTypes="
                + fieldTypes + ", consistencyLevel=" + consistencyLevel + "}";
    }

    /** Builder for {@link CreateCollectionParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private int shardsNum = 2;
        private String description = "";
        private List<FieldType> fieldTypes = new ArrayList<>();
        private ConsistencyLevelEnum consistencyLevel = ConsistencyLevelEnum.BOUNDED;
        private boolean enableDynamicField;
        private int partitionsNum;
        private List<FunctionSchema> functions = new ArrayList<>();
        private List<io.partita.model.StructArrayFieldSchema> structArrayFields = new ArrayList<>();

        private Builder() {}

        /**
         * @param fields the struct array fields, replacing any given before
         * @return this
         */
        public Builder withStructArrayFields(List<io.partita.model.StructArrayFieldSchema> fields) {
            this.structArrayFields = fields == null ? null : new ArrayList<>(fields);
            return this;
        }

        /**
         * @param collectionName the collection name
         * @return this
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }
        /**
         * @param shardsNum the number of shards, 1 to 64; default 2
         * @return this
         */
        public Builder withShardsNum(int shardsNum) {
            this.shardsNum = shardsNum;
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
         * @param consistencyLevel the consistency level; default {@code BOUNDED}
         * @return this
         */
        public Builder withConsistencyLevel(ConsistencyLevelEnum consistencyLevel) {
            this.consistencyLevel = consistencyLevel;
            return this;
        }
        /**
         * @param enableDynamicField whether rows may carry keys that name no field (Milvus 2.3+)
         * @return this
         */
        public Builder withEnableDynamicField(boolean enableDynamicField) {
            this.enableDynamicField = enableDynamicField;
            return this;
        }
        /**
         * @param partitionsNum the number of hidden partitions when a field is the partition key
         *     (Milvus 2.3+); 0, the default, lets the server choose
         * @return this
         */
        public Builder withPartitionsNum(int partitionsNum) {
            this.partitionsNum = partitionsNum;
            return this;
        }
        /**
         * @param fieldTypes the fields, replacing any added before
         * @return this
         */
        public Builder withFieldTypes(List<FieldType> fieldTypes) {
            this.fieldTypes = fieldTypes == null ? null : new ArrayList<>(fieldTypes);
            return this;
        }
        /**
         * @param fieldType one more field
         * @return this
         */
        public Builder addFieldType(FieldType fieldType) {
            if (fieldTypes == null) {
                fieldTypes = new ArrayList<>();
            }
            fieldTypes.add(fieldType);
            return this;
        }

        /**
         * @param functions the collection's functions, replacing any added before
         * @return this
         */
        public Builder withFunctions(List<FunctionSchema> functions) {
            this.functions = functions == null ? null : new ArrayList<>(functions);
            return this;
        }
        /**
         * @param function one more function
         * @return this
         */
        public Builder addFunction(FunctionSchema function) {
            if (functions == null) {
                functions = new ArrayList<>();
            }
            functions.add(function);
            return this;
        }

        /**
         * @return the validated parameters
         * @throws ParamException naming the bad field and value
         */
        public CreateCollectionParam build() {
            ParamUtils.checkCollectionName(collectionName, "collectionName");
            ParamUtils.checkRange(shardsNum, 1, 64, "shardsNum");
            ParamUtils.checkNotNull(description, "description");
            ParamUtils.checkNotNull(consistencyLevel, "consistencyLevel");
            ParamUtils.checkRange(partitionsNum, 0, 4096, "partitionsNum");
            List<FieldType> fields = ParamUtils.copyOf(fieldTypes, "fieldTypes");
            if (fields.isEmpty()) {
                throw new ParamException("fieldTypes must not be empty, got []");
            }
            Set<String> names = new HashSet<>();
            int primaryKeys = 0;
            int vectors = 0;
            for (FieldType field : fields) {
                if (!names.add(field.getName())) {
                    throw new ParamException("fieldTypes must have unique names, got " + field.getName() + " twice");
                }
                primaryKeys += field.isPrimaryKey() ? 1 : 0;
                vectors += field.isVector() ? 1 : 0;
            }
            if (primaryKeys != 1) {
                throw new ParamException("fieldTypes must have exactly one primary key field, got " + primaryKeys);
            }
            if (vectors == 0) {
                throw new ParamException("fieldTypes must have a vector field, got none");
            }
            fieldTypes = fields;
            structArrayFields = ParamUtils.copyOf(structArrayFields, "structArrayFields");
            for (io.partita.model.StructArrayFieldSchema st : structArrayFields) {
                ParamUtils.checkNotEmpty(st.getName(), "structArrayFields.name");
                if (!names.add(st.getName())) {
                    throw new ParamException(
                            "fieldTypes and structArrayFields must have unique names, got " + st.getName() + " twice");
                }
            }
            functions = ParamUtils.copyOf(functions, "functions");
            Set<String> functionNames = new HashSet<>();
            for (FunctionSchema f : functions) {
                ParamUtils.checkNotEmpty(f.getName(), "functions.name");
                if (!functionNames.add(f.getName())) {
                    throw new ParamException("functions must have unique names, got " + f.getName() + " twice");
                }
            }
            return new CreateCollectionParam(this);
        }
    }
}
