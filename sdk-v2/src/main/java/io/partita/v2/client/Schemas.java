package io.partita.v2.client;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import io.partita.model.CollectionSchema;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.FieldSchema;
import io.partita.model.FunctionSchema;
import io.partita.model.KeyValuePair;
import io.partita.param.collection.FieldType;
import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.common.DataType;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.response.DescribeCollectionResp;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Schema conversions between the V2 values and sdk-core's 2.x types. */
final class Schemas {
    static final String ENABLE_ANALYZER = "enable_analyzer";
    static final String ANALYZER_PARAMS = "analyzer_params";
    static final String ENABLE_MATCH = "enable_match";
    static final String MULTI_ANALYZER_PARAMS = "multi_analyzer_params";
    private static final Gson GSON = new Gson();
    private static final Type MAP = new TypeToken<Map<String, Object>>() {}.getType();

    private Schemas() {}

    /** @return the sdk-core functions of a V2 schema */
    static List<FunctionSchema> toFunctions(CreateCollectionReq.CollectionSchema schema) {
        return toFunctions(schema.getFunctionList());
    }

    /** @return the sdk-core functions of V2 functions (a schema's, or a function score's rerankers) */
    static List<FunctionSchema> toFunctions(List<CreateCollectionReq.Function> functions) {
        List<FunctionSchema> out = new ArrayList<>();
        for (CreateCollectionReq.Function f : functions) {
            FunctionSchema.Builder b = FunctionSchema.newBuilder()
                    .setName(f.getName())
                    .setDescription(f.getDescription())
                    .setType(f.getFunctionType())
                    .addAllInputFieldNames(f.getInputFieldNames())
                    .addAllOutputFieldNames(f.getOutputFieldNames());
            f.getParams()
                    .forEach((k, v) -> b.addParams(
                            KeyValuePair.newBuilder().setKey(k).setValue(v).build()));
            out.add(b.build());
        }
        return out;
    }

    private static CreateCollectionReq.Function fromFunction(FunctionSchema f) {
        Map<String, String> params = new LinkedHashMap<>();
        f.getParamsList().forEach(p -> params.put(p.getKey(), p.getValue()));
        return CreateCollectionReq.Function.builder()
                .name(f.getName())
                .description(f.getDescription())
                .functionType(f.getType())
                .inputFieldNames(f.getInputFieldNamesList())
                .outputFieldNames(f.getOutputFieldNamesList())
                .params(params)
                .build();
    }

    /** @return the 2.x field type of a V2 field; the builder's ParamException names a bad dimension or length */
    static FieldType toFieldType(CreateCollectionReq.FieldSchema f) {
        FieldType.Builder b = FieldType.newBuilder()
                .withName(f.getName())
                .withDescription(f.getDescription())
                .withDataType(toModel(f.getDataType(), f.getName()))
                .withPrimaryKey(Boolean.TRUE.equals(f.getIsPrimaryKey()))
                .withAutoID(Boolean.TRUE.equals(f.getAutoID()));
        f.getTypeParams().forEach(b::addTypeParam);
        // As the official client's schema conversion: the analyzer settings travel as type params,
        // the maps as JSON text (the keys pymilvus and Milvus's typeutil read too).
        if (f.getEnableAnalyzer() != null) {
            b.addTypeParam(ENABLE_ANALYZER, f.getEnableAnalyzer().toString());
        }
        if (!f.getAnalyzerParams().isEmpty()) {
            b.addTypeParam(ANALYZER_PARAMS, GSON.toJson(f.getAnalyzerParams()));
        }
        if (f.getEnableMatch() != null) {
            b.addTypeParam(ENABLE_MATCH, f.getEnableMatch().toString());
        }
        if (!f.getMultiAnalyzerParams().isEmpty()) {
            b.addTypeParam(MULTI_ANALYZER_PARAMS, GSON.toJson(f.getMultiAnalyzerParams()));
        }
        if (f.getDimension() != null) {
            b.withDimension(f.getDimension());
        }
        boolean text = f.getDataType() == DataType.VarChar || f.getElementType() == DataType.VarChar;
        if (text && f.getMaxLength() != null) {
            b.withMaxLength(f.getMaxLength());
        }
        if (f.getDataType() == DataType.Array) {
            if (f.getElementType() != null) {
                b.withElementType(toModel(f.getElementType(), f.getName()));
            }
            if (f.getMaxCapacity() != null) {
                b.withMaxCapacity(f.getMaxCapacity());
            }
        }
        b.withPartitionKey(Boolean.TRUE.equals(f.getIsPartitionKey()))
                .withNullable(Boolean.TRUE.equals(f.getIsNullable()))
                .withDefaultValue(f.getDefaultValue());
        return Failures.params(b::build);
    }

    /**
     * A struct array field as sdk-core's schema value: each sub-field checked as a field is
     * ({@link #toFieldType}) and typed by its own type, with its type params ({@code dim},
     * {@code max_length}).
     */
    static io.partita.model.StructArrayFieldSchema toStruct(CreateCollectionReq.StructFieldSchema st) {
        if (st.getMaxCapacity() == null) {
            throw Checks.invalid("maxCapacity not set for struct field: '" + st.getName() + "'");
        }
        io.partita.model.StructArrayFieldSchema.Builder b = io.partita.model.StructArrayFieldSchema.newBuilder()
                .setName(st.getName())
                .setDescription(st.getDescription())
                .setMaxCapacity(st.getMaxCapacity());
        for (CreateCollectionReq.FieldSchema f : st.getFields()) {
            FieldType t = toFieldType(f);
            FieldSchema.Builder fb = FieldSchema.newBuilder()
                    .setName(t.getName())
                    .setDescription(t.getDescription() == null ? "" : t.getDescription())
                    .setDataType(t.getDataType());
            t.getTypeParams()
                    .forEach((k, v) -> fb.addTypeParams(
                            KeyValuePair.newBuilder().setKey(k).setValue(v).build()));
            b.addFields(fb.build());
        }
        return b.build();
    }

    /** A described struct array field as the AddFieldReq that makes it (Array of Struct with its sub-fields). */
    private static AddFieldReq toAddStruct(io.partita.model.StructArrayFieldSchema st) {
        AddFieldReq.AddFieldReqBuilder b = AddFieldReq.builder()
                .fieldName(st.getName())
                .description(st.getDescription())
                .dataType(DataType.Array)
                .elementType(DataType.Struct)
                .maxCapacity(st.getMaxCapacity());
        for (FieldSchema f : st.getFieldsList()) {
            b.addStructField(toAddField(f));
        }
        return b.build();
    }

    static io.partita.model.DataType toModel(DataType t, String field) {
        try {
            return io.partita.model.DataType.valueOf(t.name());
        } catch (IllegalArgumentException e) {
            throw Checks.invalid("data type " + t + " of field '" + field + "' is not supported by Partita");
        }
    }

    static DataType fromModel(io.partita.model.DataType t) {
        return DataType.valueOf(t.name());
    }

    /** The quick-setup fields, in the order the official client sends them: the vector, then the key. */
    static List<FieldType> quickSetupFields(CreateCollectionReq r) {
        List<FieldType> fields = new ArrayList<>();
        fields.add(toFieldType(CreateCollectionReq.FieldSchema.builder()
                .name(r.getVectorFieldName())
                .dataType(DataType.FloatVector)
                .dimension(r.getDimension())
                .build()));
        fields.add(toFieldType(CreateCollectionReq.FieldSchema.builder()
                .name(r.getPrimaryFieldName())
                .dataType(r.getIdType())
                .isPrimaryKey(true)
                .autoID(r.getAutoID())
                .maxLength(r.getMaxLength())
                .build()));
        return fields;
    }

    static DescribeCollectionResp toDescribeResp(DescribeCollectionResponse d, String dbName, long numOfPartitions) {
        CollectionSchema s = d.getSchema();
        CreateCollectionReq.CollectionSchema schema = CreateCollectionReq.CollectionSchema.builder()
                .enableDynamicField(s.getEnableDynamicField())
                .build();
        List<String> names = new ArrayList<>();
        List<String> vectors = new ArrayList<>();
        String primary = null;
        boolean autoID = false;
        for (FieldSchema f : s.getFieldsList()) {
            schema.addField(toAddField(f));
            names.add(f.getName());
            if (FieldType.isVectorType(f.getDataType())) {
                vectors.add(f.getName());
            }
            if (f.getIsPrimaryKey()) {
                primary = f.getName();
            }
            autoID |= f.getAutoID();
        }
        s.getFunctionsList().forEach(f -> schema.addFunction(fromFunction(f)));
        s.getStructArrayFieldsList().forEach(st -> schema.addField(toAddStruct(st)));
        return DescribeCollectionResp.builder()
                .collectionName(d.getCollectionName())
                .collectionID(d.getCollectionID())
                .databaseName(dbName)
                .description(s.getDescription())
                .numOfPartitions(numOfPartitions)
                .collectionSchema(schema)
                .autoID(autoID)
                .enableDynamicField(s.getEnableDynamicField())
                .fieldNames(names)
                .vectorFieldNames(vectors)
                .primaryFieldName(primary)
                .createTime(d.getCreatedTimestamp())
                .createUtcTime(d.getCreatedUtcTimestamp())
                .consistencyLevel(
                        ConsistencyLevel.valueOf(d.getConsistencyLevel().name().toUpperCase(Locale.ROOT)))
                .shardsNum(d.getShardsNum())
                .properties(properties(d.getPropertiesList()))
                .build();
    }

    private static Map<String, String> properties(List<KeyValuePair> pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        pairs.forEach(p -> m.put(p.getKey(), p.getValue()));
        return m;
    }

    private static AddFieldReq toAddField(FieldSchema f) {
        AddFieldReq.AddFieldReqBuilder b = AddFieldReq.builder()
                .fieldName(f.getName())
                .description(f.getDescription())
                .dataType(fromModel(f.getDataType()))
                .isPrimaryKey(f.getIsPrimaryKey())
                .autoID(f.getAutoID())
                .isPartitionKey(f.getIsPartitionKey())
                .isNullable(f.getNullable());
        if (f.getDataType() == io.partita.model.DataType.Array) {
            b.elementType(fromModel(f.getElementType()));
        }
        // as the official client: every type param is handed back in typeParams as well (a field's
        // properties, such as mmap.enabled set by alterCollectionField, have no member of their own)
        Map<String, String> all = new java.util.LinkedHashMap<>();
        for (KeyValuePair p : f.getTypeParamsList()) {
            all.put(p.getKey(), p.getValue());
        }
        b.typeParams(all);
        for (KeyValuePair p : f.getTypeParamsList()) {
            if (p.getKey().equals("dim")) {
                b.dimension(Integer.valueOf(p.getValue()));
            } else if (p.getKey().equals("max_length")) {
                b.maxLength(Integer.valueOf(p.getValue()));
            } else if (p.getKey().equals("max_capacity")) {
                b.maxCapacity(Integer.valueOf(p.getValue()));
            } else if (p.getKey().equals(ENABLE_ANALYZER)) {
                b.enableAnalyzer(Boolean.valueOf(p.getValue()));
            } else if (p.getKey().equals(ENABLE_MATCH)) {
                b.enableMatch(Boolean.valueOf(p.getValue()));
            } else if (p.getKey().equals(ANALYZER_PARAMS)) {
                b.analyzerParams(jsonMap(p.getValue()));
            } else if (p.getKey().equals(MULTI_ANALYZER_PARAMS)) {
                b.multiAnalyzerParams(jsonMap(p.getValue()));
            }
        }
        return b.build();
    }

    /** @return a JSON object's text as a map (numbers as Double, as Gson reads them); empty when it is not one */
    private static Map<String, Object> jsonMap(String json) {
        try {
            Map<String, Object> m = GSON.fromJson(json, MAP);
            return m == null ? Map.of() : m;
        } catch (JsonParseException e) {
            return Map.of();
        }
    }

    /** @return the schema's field of that name; absent means the caller named a field the collection lacks */
    static FieldSchema field(CollectionSchema s, String name) {
        for (FieldSchema f : s.getFieldsList()) {
            if (f.getName().equals(name)) {
                return f;
            }
        }
        return null;
    }

    static FieldSchema primary(CollectionSchema s) {
        for (FieldSchema f : s.getFieldsList()) {
            if (f.getIsPrimaryKey()) {
                return f;
            }
        }
        throw Checks.invalid("collection " + s.getName() + " has no primary key field");
    }
}
