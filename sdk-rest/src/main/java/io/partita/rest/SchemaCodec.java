package io.partita.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.common.clientenum.FunctionType;
import io.partita.model.CollectionSchema;
import io.partita.model.DataType;
import io.partita.model.FieldSchema;
import io.partita.model.FunctionSchema;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.FieldType;

/**
 * Collection schemas both ways. Milvus 2.1's HTTP API takes the schema of {@code POST /collection}
 * as a JSON object (not as serialized protobuf bytes, as gRPC does).
 */
final class SchemaCodec {
    private SchemaCodec() {}

    static JsonObject createBody(CreateCollectionParam p, String db) throws io.partita.transport.TransportException {
        if (!p.getStructArrayFields().isEmpty()) {
            // neither HTTP API of the reference server takes struct array fields (docs/restful_v2.md)
            throw io.partita.transport.TransportException.unsupported(
                    "CreateCollection with struct array fields", "REST");
        }
        JsonArray fields = new JsonArray();
        for (FieldType f : p.getFieldTypes()) {
            JsonObject field = Body.of("")
                    .str("name", f.getName())
                    .bool("is_primary_key", f.isPrimaryKey())
                    .str("description", f.getDescription())
                    .num("data_type", f.getDataType().getNumber())
                    .pairs("type_params", f.getTypeParams())
                    .bool("autoID", f.isAutoID())
                    .bool("is_partition_key", f.isPartitionKey())
                    .bool("nullable", f.isNullable())
                    .num("element_type", f.getElementType().getNumber())
                    .json();
            if (f.getDefaultValue() != null) {
                field.add("default_value", defaultValue(f.getDataType(), f.getDefaultValue()));
            }
            fields.add(field);
        }
        JsonObject schema = Body.of("")
                .str("name", p.getCollectionName())
                .str("description", p.getDescription())
                .add("fields", fields)
                .bool("enable_dynamic_field", p.isEnableDynamicField())
                .json();
        if (!p.getFunctions().isEmpty()) {
            JsonArray functions = new JsonArray();
            for (FunctionSchema f : p.getFunctions()) {
                java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
                f.getParamsList().forEach(kv -> params.put(kv.getKey(), kv.getValue()));
                functions.add(Body.of("")
                        .str("name", f.getName())
                        .str("description", f.getDescription())
                        .num("type", f.getType().getCode())
                        .strs("input_field_names", f.getInputFieldNamesList())
                        .strs("output_field_names", f.getOutputFieldNamesList())
                        .pairs("params", params)
                        .json());
            }
            schema.add("functions", functions);
        }
        Body b = Body.of(db)
                .str("collection_name", p.getCollectionName())
                .add("schema", schema)
                .num("shards_num", p.getShardsNum());
        if (p.getPartitionsNum() > 0) {
            b.num("num_partitions", p.getPartitionsNum());
        }
        if (p.getConsistencyLevel() != null) {
            b.num("consistency_level", p.getConsistencyLevel().getCode());
        }
        return b.json();
    }

    static CollectionSchema fromJson(JsonObject s) {
        CollectionSchema.Builder b = CollectionSchema.newBuilder()
                .setName(JsonValues.str(s, "name"))
                .setDescription(JsonValues.str(s, "description"))
                .setAutoID(JsonValues.bool(s, "autoID"))
                .setEnableDynamicField(JsonValues.bool(s, "enable_dynamic_field"));
        for (JsonObject f : JsonValues.objs(s, "fields")) {
            FieldSchema.Builder fb = FieldSchema.newBuilder()
                    .setFieldID(JsonValues.lng(f, "fieldID"))
                    .setName(JsonValues.str(f, "name"))
                    .setIsPrimaryKey(JsonValues.bool(f, "is_primary_key"))
                    .setDescription(JsonValues.str(f, "description"))
                    .addAllTypeParams(JsonValues.pairs(f, "type_params"))
                    .addAllIndexParams(JsonValues.pairs(f, "index_params"))
                    .setAutoID(JsonValues.bool(f, "autoID"))
                    .setIsPartitionKey(JsonValues.bool(f, "is_partition_key"))
                    .setIsDynamic(JsonValues.bool(f, "is_dynamic"))
                    .setNullable(JsonValues.bool(f, "nullable"))
                    .setHasDefaultValue(f.has("default_value"));
            DataType type = DataType.forNumber(JsonValues.integer(f, "data_type"));
            if (type != null) {
                fb.setDataType(type);
            }
            DataType element = DataType.forNumber(JsonValues.integer(f, "element_type"));
            if (element != null) {
                fb.setElementType(element);
            }
            b.addFields(fb.build());
        }
        for (JsonObject f : JsonValues.objs(s, "functions")) {
            FunctionSchema.Builder fb = FunctionSchema.newBuilder()
                    .setName(JsonValues.str(f, "name"))
                    .setDescription(JsonValues.str(f, "description"))
                    .addAllInputFieldNames(JsonValues.strs(f, "input_field_names"))
                    .addAllOutputFieldNames(JsonValues.strs(f, "output_field_names"));
            // protobuf JSON prints the enum by name ("BM25"); a number is taken too
            com.google.gson.JsonElement type = f.get("type");
            if (type != null && type.isJsonPrimitive()) {
                fb.setType(
                        type.getAsJsonPrimitive().isNumber()
                                ? FunctionType.forCode(type.getAsInt())
                                : FunctionType.fromName(type.getAsString()));
            }
            JsonValues.pairs(f, "params").forEach(fb::addParams);
            b.addFunctions(fb.build());
        }
        return b.build();
    }

    /** A default value as protobuf-JSON {@code ValueField}: the member matching the field's type. */
    private static JsonObject defaultValue(DataType type, Object value) {
        JsonObject v = new JsonObject();
        switch (type) {
            case Bool:
                v.addProperty("bool_data", (Boolean) value);
                break;
            case Int8:
            case Int16:
            case Int32:
                v.addProperty("int_data", ((Number) value).intValue());
                break;
            case Int64:
                v.addProperty("long_data", ((Number) value).longValue());
                break;
            case Float:
                v.addProperty("float_data", ((Number) value).floatValue());
                break;
            case Double:
                v.addProperty("double_data", ((Number) value).doubleValue());
                break;
            default:
                v.addProperty("string_data", String.valueOf(value));
        }
        return v;
    }
}
