package io.partita.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.model.CollectionSchema;
import io.partita.model.DataType;
import io.partita.model.FieldSchema;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.FieldType;

/**
 * Collection schemas both ways. Milvus 2.1's HTTP API takes the schema of {@code POST /collection}
 * as a JSON object (not as serialized protobuf bytes, as gRPC does).
 */
final class SchemaCodec {
    private SchemaCodec() {}

    static JsonObject createBody(CreateCollectionParam p, String db) {
        JsonArray fields = new JsonArray();
        for (FieldType f : p.getFieldTypes()) {
            JsonObject field = Body.of("")
                    .str("name", f.getName())
                    .bool("is_primary_key", f.isPrimaryKey())
                    .str("description", f.getDescription())
                    .num("data_type", f.getDataType().getNumber())
                    .pairs("type_params", f.getTypeParams())
                    .bool("autoID", f.isAutoID())
                    .json();
            fields.add(field);
        }
        JsonObject schema = Body.of("")
                .str("name", p.getCollectionName())
                .str("description", p.getDescription())
                .add("fields", fields)
                .json();
        Body b = Body.of(db)
                .str("collection_name", p.getCollectionName())
                .add("schema", schema)
                .num("shards_num", p.getShardsNum());
        if (p.getConsistencyLevel() != null) {
            b.num("consistency_level", p.getConsistencyLevel().getCode());
        }
        return b.json();
    }

    static CollectionSchema fromJson(JsonObject s) {
        CollectionSchema.Builder b = CollectionSchema.newBuilder()
                .setName(JsonValues.str(s, "name"))
                .setDescription(JsonValues.str(s, "description"))
                .setAutoID(JsonValues.bool(s, "autoID"));
        for (JsonObject f : JsonValues.objs(s, "fields")) {
            FieldSchema.Builder fb = FieldSchema.newBuilder()
                    .setFieldID(JsonValues.lng(f, "fieldID"))
                    .setName(JsonValues.str(f, "name"))
                    .setIsPrimaryKey(JsonValues.bool(f, "is_primary_key"))
                    .setDescription(JsonValues.str(f, "description"))
                    .addAllTypeParams(JsonValues.pairs(f, "type_params"))
                    .addAllIndexParams(JsonValues.pairs(f, "index_params"))
                    .setAutoID(JsonValues.bool(f, "autoID"));
            DataType type = DataType.forNumber(JsonValues.integer(f, "data_type"));
            if (type != null) {
                fb.setDataType(type);
            }
            b.addFields(fb.build());
        }
        return b.build();
    }
}
