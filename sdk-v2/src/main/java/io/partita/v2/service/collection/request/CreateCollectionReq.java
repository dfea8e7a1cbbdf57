package io.partita.v2.service.collection.request;

import io.partita.common.clientenum.FunctionType;
import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * Creates a collection ({@code MilvusClientV2.createCollection}), in one of two ways, as in the
 * official V2 API:
 *
 * <ul>
 *   <li><b>Quick setup</b>: {@code dimension} without a schema makes a primary key field
 *       {@code primaryFieldName} (default {@code "id"}, type {@code idType}, default Int64) and a float
 *       vector field {@code vectorFieldName} (default {@code "vector"}), builds an AUTOINDEX with
 *       {@code metricType} (default COSINE) and loads the collection.
 *   <li><b>Schema</b>: {@code collectionSchema} gives the fields; each of {@code indexParams} is built,
 *       and when there are any, the collection is loaded.
 * </ul>
 *
 * <p>{@code collectionName} is required, and one of {@code dimension} or {@code collectionSchema}.
 * Immutable; {@code build()} throws {@code MilvusClientException} (INVALID_PARAMS) naming what is missing.
 */
@Getter
public final class CreateCollectionReq {
    private final String databaseName;
    private final String collectionName;
    private final String description;
    private final Integer dimension;
    private final String primaryFieldName;
    private final DataType idType;
    private final Integer maxLength;
    private final String vectorFieldName;
    private final String metricType;
    private final Boolean autoID;
    private final Boolean enableDynamicField;
    private final Integer numShards;
    private final CollectionSchema collectionSchema;
    private final List<IndexParam> indexParams;
    private final Integer numPartitions;
    private final ConsistencyLevel consistencyLevel;
    private final Map<String, String> properties;

    @Builder
    private CreateCollectionReq(
            String databaseName,
            String collectionName,
            String description,
            Integer dimension,
            String primaryFieldName,
            DataType idType,
            Integer maxLength,
            String vectorFieldName,
            String metricType,
            Boolean autoID,
            Boolean enableDynamicField,
            Integer numShards,
            CollectionSchema collectionSchema,
            List<IndexParam> indexParams,
            Integer numPartitions,
            ConsistencyLevel consistencyLevel,
            Map<String, String> properties) {
        Checks.notBlank(collectionName, "CreateCollectionReq.collectionName");
        if (collectionSchema == null && dimension == null) {
            throw Checks.invalid("CreateCollectionReq of '" + collectionName
                    + "' needs a dimension (quick setup) or a collectionSchema");
        }
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.description = description == null ? "" : description;
        this.dimension = dimension;
        this.primaryFieldName = primaryFieldName == null ? "id" : primaryFieldName;
        this.idType = idType == null ? DataType.Int64 : idType;
        this.maxLength = maxLength == null ? 65535 : maxLength;
        this.vectorFieldName = vectorFieldName == null ? "vector" : vectorFieldName;
        this.metricType = metricType == null ? IndexParam.MetricType.COSINE.name() : metricType;
        this.autoID = Boolean.TRUE.equals(autoID);
        this.enableDynamicField = enableDynamicField == null ? Boolean.TRUE : enableDynamicField;
        this.numShards = numShards == null ? 1 : numShards;
        this.collectionSchema = collectionSchema;
        this.indexParams = Checks.copy(indexParams);
        this.numPartitions = numPartitions;
        this.consistencyLevel = consistencyLevel == null ? ConsistencyLevel.BOUNDED : consistencyLevel;
        this.properties = Checks.copy(properties);
    }

    /** Builds a {@link CreateCollectionReq}; {@link #indexParam} and {@link #property} add one entry each. */
    public static class CreateCollectionReqBuilder {
        private List<IndexParam> indexParams = new ArrayList<>();
        private Map<String, String> properties = new LinkedHashMap<>();

        /** Adds one index to build after creating the collection. */
        public CreateCollectionReqBuilder indexParam(IndexParam indexParam) {
            List<IndexParam> next = new ArrayList<>(indexParams == null ? List.of() : indexParams);
            next.add(indexParam);
            indexParams = next;
            return this;
        }

        /** Adds one collection property. */
        public CreateCollectionReqBuilder property(String key, String value) {
            properties = Checks.with(properties, key, value);
            return this;
        }
    }

    @Override
    public String toString() {
        return "CreateCollectionReq{collectionName=" + collectionName + ", dimension=" + dimension
                + ", collectionSchema=" + collectionSchema + ", indexParams=" + indexParams + ", numShards="
                + numShards + ", consistencyLevel=" + consistencyLevel + "}";
    }

    /**
     * The fields of a collection. Like the official class it is filled step by step
     * ({@code client.createSchema()} then {@link #addField} per field), so it is mutable and not
     * thread-safe; {@link #getFieldSchemaList()} is an unmodifiable view.
     */
    public static final class CollectionSchema {
        private final List<FieldSchema> fieldSchemaList;
        private final boolean enableDynamicField;
        private final List<Function> functionList;
        private final List<StructFieldSchema> structFields;

        @Builder
        private CollectionSchema(
                List<FieldSchema> fieldSchemaList,
                boolean enableDynamicField,
                List<Function> functionList,
                List<StructFieldSchema> structFields) {
            this.fieldSchemaList = new ArrayList<>(fieldSchemaList == null ? List.of() : fieldSchemaList);
            this.enableDynamicField = enableDynamicField;
            this.functionList = new ArrayList<>(functionList == null ? List.of() : functionList);
            this.structFields = new ArrayList<>(structFields == null ? List.of() : structFields);
        }

        /** @return the struct array fields (Milvus 2.6) in the order added, unmodifiable */
        public List<StructFieldSchema> getStructFields() {
            return Collections.unmodifiableList(structFields);
        }

        /** @return the struct array field of that name, or {@code null} */
        public StructFieldSchema getStructField(String fieldName) {
            for (StructFieldSchema f : structFields) {
                if (f.getName().equals(fieldName)) {
                    return f;
                }
            }
            return null;
        }

        /**
         * Adds a function (a BM25 function from a VarChar field with {@code enableAnalyzer} to a
         * sparse vector field, which the server then fills on insert).
         *
         * @return this schema
         * @throws io.partita.v2.exception.MilvusClientException INVALID_PARAMS when a function of that name exists
         */
        public CollectionSchema addFunction(Function function) {
            Checks.notNull(function, "CollectionSchema.addFunction(function)");
            for (Function f : functionList) {
                if (f.getName().equals(function.getName())) {
                    throw Checks.invalid("CollectionSchema already has a function named '" + function.getName() + "'");
                }
            }
            functionList.add(function);
            return this;
        }

        /** @return the functions in the order added, unmodifiable */
        public List<Function> getFunctionList() {
            return Collections.unmodifiableList(functionList);
        }

        /**
         * Adds a field.
         *
         * @return this schema
         * @throws io.partita.v2.exception.MilvusClientException INVALID_PARAMS when a field of that name exists
         */
        public CollectionSchema addField(AddFieldReq addFieldReq) {
            Checks.notNull(addFieldReq, "CollectionSchema.addField(addFieldReq)");
            if (getField(addFieldReq.getFieldName()) != null || getStructField(addFieldReq.getFieldName()) != null) {
                throw Checks.invalid("CollectionSchema already has a field named '" + addFieldReq.getFieldName() + "'");
            }
            if (addFieldReq.getDataType() == DataType.Array && addFieldReq.getElementType() == DataType.Struct) {
                // a struct array field (milvus-sdk-java 2.6 SchemaUtils.convertFieldReqToStructFieldSchema)
                structFields.add(StructFieldSchema.of(addFieldReq));
                return this;
            }
            fieldSchemaList.add(FieldSchema.of(addFieldReq));
            return this;
        }

        /** @return the field of that name, or {@code null} */
        public FieldSchema getField(String fieldName) {
            for (FieldSchema f : fieldSchemaList) {
                if (f.getName().equals(fieldName)) {
                    return f;
                }
            }
            return null;
        }

        /** @return the fields in the order added, unmodifiable */
        public List<FieldSchema> getFieldSchemaList() {
            return Collections.unmodifiableList(fieldSchemaList);
        }

        /** @return whether rows may carry keys outside the schema (kept in the hidden {@code $meta} JSON field) */
        public boolean isEnableDynamicField() {
            return enableDynamicField;
        }

        @Override
        public String toString() {
            return "CollectionSchema{fieldSchemaList=" + fieldSchemaList + ", enableDynamicField=" + enableDynamicField
                    + (functionList.isEmpty() ? "" : ", functionList=" + functionList)
                    + (structFields.isEmpty() ? "" : ", structFields=" + structFields) + "}";
        }
    }

    /**
     * A struct array field (Milvus 2.6's "Array of Structs"): each row holds up to
     * {@code maxCapacity} structs of the same sub-fields, vectors ({@code FloatVector}) and scalars
     * (VarChar, Int8..Int64, Float, Double, Bool). Made with {@link CollectionSchema#addField} of an
     * {@link AddFieldReq} with {@code dataType(Array)}, {@code elementType(Struct)},
     * {@code maxCapacity} and {@code addStructField} per sub-field, or with {@link #builder()}. Like
     * the official class, {@link #addField} adds a sub-field in place: not thread-safe.
     */
    public static final class StructFieldSchema {
        private final String name;
        private final String description;
        private final List<FieldSchema> fields;
        private final Integer maxCapacity;

        @Builder
        private StructFieldSchema(String name, String description, List<FieldSchema> fields, Integer maxCapacity) {
            Checks.notBlank(name, "StructFieldSchema.name");
            this.name = name;
            this.description = description == null ? "" : description;
            this.fields = new ArrayList<>(fields == null ? List.of() : fields);
            this.maxCapacity = maxCapacity;
        }

        /** The struct field an AddFieldReq describes, checked as the official client checks it. */
        static StructFieldSchema of(AddFieldReq r) {
            if (r.getStructFields().isEmpty()) {
                throw Checks.invalid("Struct field must have at least one field");
            }
            if (r.getMaxCapacity() == null) {
                throw Checks.invalid("maxCapacity not set for struct field: '" + r.getFieldName() + "'");
            }
            for (FieldSchema f : r.getStructFields()) {
                String what = f.getIsPrimaryKey()
                        ? "primary key"
                        : f.getIsPartitionKey()
                                ? "partition key"
                                : f.getIsClusteringKey()
                                        ? "clustering key"
                                        : f.getAutoID() ? "auto-id" : f.getIsNullable() ? "nullable" : null;
                if (what != null) {
                    throw Checks.invalid(
                            "Field '" + f.getName() + "' in struct '" + r.getFieldName() + "' cannot be " + what);
                }
            }
            return new StructFieldSchema(r.getFieldName(), r.getDescription(), r.getStructFields(), r.getMaxCapacity());
        }

        /**
         * Adds a sub-field (not an Array, ArrayOfVector or Struct).
         *
         * @return this struct schema
         */
        public StructFieldSchema addField(AddFieldReq addFieldReq) {
            Checks.notNull(addFieldReq, "StructFieldSchema.addField(addFieldReq)");
            if (addFieldReq.getDataType() == DataType.Array || addFieldReq.getElementType() == DataType.Struct) {
                throw Checks.invalid("Struct field schema does not support Array, ArrayOfVector or Struct");
            }
            fields.add(FieldSchema.of(addFieldReq));
            return this;
        }

        /** @return the struct field's name */
        public String getName() {
            return name;
        }

        /** @return the description; empty when none */
        public String getDescription() {
            return description;
        }

        /** @return the sub-fields in the order added, unmodifiable */
        public List<FieldSchema> getFields() {
            return Collections.unmodifiableList(fields);
        }

        /** @return the most structs one row may hold; {@code null} when not set */
        public Integer getMaxCapacity() {
            return maxCapacity;
        }

        /** @return {@link DataType#Array}, as for the official class */
        public DataType getDataType() {
            return DataType.Array;
        }

        /** @return {@link DataType#Struct}, as for the official class */
        public DataType getElementType() {
            return DataType.Struct;
        }

        @Override
        public String toString() {
            return "StructFieldSchema{name=" + name + ", maxCapacity=" + maxCapacity + ", fields=" + fields + "}";
        }
    }

    /** One field of a {@link CollectionSchema}. Immutable. */
    @Getter
    public static final class FieldSchema {
        private final String name;
        private final String description;
        private final DataType dataType;
        private final Integer maxLength;
        private final Integer dimension;
        private final Boolean isPrimaryKey;
        private final Boolean isPartitionKey;
        private final Boolean isClusteringKey;
        private final Boolean autoID;
        private final DataType elementType;
        private final Integer maxCapacity;
        private final Boolean isNullable;
        private final Object defaultValue;
        private final Map<String, String> typeParams;
        private final Boolean enableAnalyzer;
        private final Map<String, Object> analyzerParams;
        private final Boolean enableMatch;
        private final Map<String, Object> multiAnalyzerParams;

        @Builder
        private FieldSchema(
                String name,
                String description,
                DataType dataType,
                Integer maxLength,
                Integer dimension,
                Boolean isPrimaryKey,
                Boolean isPartitionKey,
                Boolean isClusteringKey,
                Boolean autoID,
                DataType elementType,
                Integer maxCapacity,
                Boolean isNullable,
                Object defaultValue,
                Map<String, String> typeParams,
                Boolean enableAnalyzer,
                Map<String, Object> analyzerParams,
                Boolean enableMatch,
                Map<String, Object> multiAnalyzerParams) {
            Checks.notBlank(name, "FieldSchema.name");
            Checks.notNull(dataType, "FieldSchema.dataType of field '" + name + "'");
            this.name = name;
            this.description = description == null ? "" : description;
            this.dataType = dataType;
            this.maxLength = maxLength == null ? 65535 : maxLength;
            this.dimension = dimension;
            this.isPrimaryKey = Boolean.TRUE.equals(isPrimaryKey);
            this.isPartitionKey = Boolean.TRUE.equals(isPartitionKey);
            this.isClusteringKey = Boolean.TRUE.equals(isClusteringKey);
            this.autoID = Boolean.TRUE.equals(autoID);
            this.elementType = elementType;
            this.maxCapacity = maxCapacity;
            this.isNullable = Boolean.TRUE.equals(isNullable);
            this.defaultValue = defaultValue;
            this.typeParams = Checks.copy(typeParams);
            this.enableAnalyzer = enableAnalyzer;
            this.analyzerParams = Checks.copy(analyzerParams);
            this.enableMatch = enableMatch;
            this.multiAnalyzerParams = Checks.copy(multiAnalyzerParams);
        }

        static FieldSchema of(AddFieldReq f) {
            return new FieldSchema(
                    f.getFieldName(),
                    f.getDescription(),
                    f.getDataType(),
                    f.getMaxLength(),
                    f.getDimension(),
                    f.getIsPrimaryKey(),
                    f.getIsPartitionKey(),
                    f.getIsClusteringKey(),
                    f.getAutoID(),
                    f.getElementType(),
                    f.getMaxCapacity(),
                    f.getIsNullable(),
                    f.getDefaultValue(),
                    f.getTypeParams(),
                    f.getEnableAnalyzer(),
                    f.getAnalyzerParams(),
                    f.getEnableMatch(),
                    f.getMultiAnalyzerParams());
        }

        @Override
        public String toString() {
            return "FieldSchema{name=" + name + ", dataType=" + dataType + ", dimension=" + dimension + ", maxLength="
                    + maxLength + ", isPrimaryKey=" + isPrimaryKey + ", autoID=" + autoID + "}";
        }
    }

    /**
     * A function of a {@link CollectionSchema}: the server derives its output fields from its input
     * fields. The reference server runs {@link FunctionType#BM25} (one VarChar input with
     * {@code enableAnalyzer}, one sparse vector output, no params); see full_text_search.md.
     * Immutable; built with {@link #builder()}.
     */
    public static class Function {
        private final String name;
        private final String description;
        private final FunctionType functionType;
        private final List<String> inputFieldNames;
        private final List<String> outputFieldNames;
        private final Map<String, String> params;

        /** @param b the builder; its {@code name} is required */
        protected Function(FunctionBuilder<?> b) {
            this(b, true);
        }

        /**
         * @param b the builder
         * @param nameRequired whether {@code name} is required; a hybrid search's fusion rankers
         *     ({@code RRFRanker}, {@code WeightedRanker}) need none, as in the official client, and
         *     have an empty name when none is given
         */
        protected Function(FunctionBuilder<?> b, boolean nameRequired) {
            if (nameRequired) {
                Checks.notBlank(b.name, "Function.name");
            }
            this.name = b.name == null ? "" : b.name;
            this.description = b.description == null ? "" : b.description;
            this.functionType = b.functionType == null ? FunctionType.UNKNOWN : b.functionType;
            this.inputFieldNames = Checks.copy(b.inputFieldNames);
            this.outputFieldNames = Checks.copy(b.outputFieldNames);
            this.params = Checks.copy(b.params);
        }

        /** @return a builder; {@code name} is required */
        public static FunctionBuilder<?> builder() {
            return new FunctionBuilder<>();
        }

        /** @return the function name, unique in its collection */
        public String getName() {
            return name;
        }

        /** @return the description; empty when none was given */
        public String getDescription() {
            return description;
        }

        /** @return the function type; {@code UNKNOWN} when none was given */
        public FunctionType getFunctionType() {
            return functionType;
        }

        /** @return the input fields, unmodifiable */
        public List<String> getInputFieldNames() {
            return inputFieldNames;
        }

        /** @return the output fields, unmodifiable */
        public List<String> getOutputFieldNames() {
            return outputFieldNames;
        }

        /** @return the params, unmodifiable */
        public Map<String, String> getParams() {
            return params;
        }

        @Override
        public String toString() {
            return "Function{name=" + name + ", functionType=" + functionType + ", inputFieldNames=" + inputFieldNames
                    + ", outputFieldNames=" + outputFieldNames + ", params=" + params + "}";
        }

        /**
         * Builds a {@link Function}. Generic in its own type, as the official builder is, so calls
         * chain in the same way; not thread-safe.
         *
         * @param <T> this builder's own type
         */
        public static class FunctionBuilder<T extends FunctionBuilder<T>> {
            private String name;
            private String description;
            private FunctionType functionType;
            private List<String> inputFieldNames = new ArrayList<>();
            private List<String> outputFieldNames = new ArrayList<>();
            private Map<String, String> params = new LinkedHashMap<>();

            protected FunctionBuilder() {}

            @SuppressWarnings("unchecked")
            private T self() {
                return (T) this;
            }

            /** @return this builder, with the function name */
            public T name(String name) {
                this.name = name;
                return self();
            }

            /** @return this builder, with the description */
            public T description(String description) {
                this.description = description;
                return self();
            }

            /** @return this builder, with the function type */
            public T functionType(FunctionType functionType) {
                this.functionType = functionType;
                return self();
            }

            /** @return this builder, with the input fields (replacing any given) */
            public T inputFieldNames(List<String> inputFieldNames) {
                this.inputFieldNames = new ArrayList<>(inputFieldNames == null ? List.of() : inputFieldNames);
                return self();
            }

            /** @return this builder, with the output fields (replacing any given) */
            public T outputFieldNames(List<String> outputFieldNames) {
                this.outputFieldNames = new ArrayList<>(outputFieldNames == null ? List.of() : outputFieldNames);
                return self();
            }

            /** @return this builder, with the params (replacing any given) */
            public T params(Map<String, String> params) {
                this.params = new LinkedHashMap<>(params == null ? Map.of() : params);
                return self();
            }

            /** @return this builder, with one more param */
            public T param(String key, String value) {
                params.put(key, value);
                return self();
            }

            /** @return the function */
            public Function build() {
                return new Function(this);
            }
        }
    }
}
