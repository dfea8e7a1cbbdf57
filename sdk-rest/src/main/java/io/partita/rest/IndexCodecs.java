package io.partita.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.model.DescribeIndexResponse;
import io.partita.model.GetIndexBuildProgressResponse;
import io.partita.model.GetIndexStateResponse;
import io.partita.model.IndexDescription;
import io.partita.model.IndexState;
import io.partita.param.index.CreateIndexParam;
import io.partita.transport.Operations;
import io.partita.transport.RequestShapes;

/**
 * Codecs of the {@code /index} routes. CreateIndex sends {@code index_type}, {@code metric_type}
 * and {@code params} (the extra-param JSON) as {@code extra_params} pairs, as the official clients do.
 */
final class IndexCodecs {
    private IndexCodecs() {}

    static void register(CodecTable t) {
        t.put(Operations.CREATE_INDEX, (http, p, db) -> JsonValues.statusOf(http.send(createBody(p, db))));
        t.put(
                Operations.DROP_INDEX,
                (http, p, db) -> JsonValues.statusOf(
                        http.send(names(db, p.getCollectionName(), p.getFieldName(), p.getIndexName()))));
        t.put(Operations.DESCRIBE_INDEX, (http, p, db) -> {
            JsonObject r = http.send(names(db, p.getCollectionName(), p.getFieldName(), p.getIndexName()));
            DescribeIndexResponse.Builder b = DescribeIndexResponse.newBuilder().setStatus(JsonValues.status(r));
            for (JsonObject d : JsonValues.objs(r, "index_descriptions")) {
                b.addIndexDescriptions(description(d));
            }
            return b.build();
        });
        t.put(Operations.GET_INDEX_STATE, (http, p, db) -> {
            JsonObject r = http.send(names(db, p.getCollectionName(), p.getFieldName(), p.getIndexName()));
            GetIndexStateResponse.Builder b = GetIndexStateResponse.newBuilder()
                    .setStatus(JsonValues.status(r))
                    .setFailReason(JsonValues.str(r, "fail_reason"));
            IndexState state = IndexState.forNumber(JsonValues.integer(r, "state"));
            if (state != null) {
                b.setState(state);
            }
            return b.build();
        });
        t.put(Operations.GET_INDEX_BUILD_PROGRESS, (http, p, db) -> {
            JsonObject r = http.send(names(db, p.getCollectionName(), p.getFieldName(), p.getIndexName()));
            return GetIndexBuildProgressResponse.newBuilder()
                    .setStatus(JsonValues.status(r))
                    .setIndexedRows(JsonValues.lng(r, "indexed_rows"))
                    .setTotalRows(JsonValues.lng(r, "total_rows"))
                    .build();
        });
    }

    private static JsonObject names(String db, String collection, String field, String index) {
        return Body.of(db)
                .str("collection_name", collection)
                .str("field_name", field)
                .str("index_name", index)
                .json();
    }

    private static JsonObject createBody(CreateIndexParam p, String db) {
        JsonArray extra = new JsonArray();
        RequestShapes.indexExtraParams(p).forEach(kv -> extra.add(Body.pair(kv.getKey(), kv.getValue())));
        return Body.of(db)
                .str("collection_name", p.getCollectionName())
                .str("field_name", p.getFieldName())
                .str("index_name", p.getIndexName())
                .add("extra_params", extra)
                .json();
    }

    private static IndexDescription description(JsonObject d) {
        IndexDescription.Builder b = IndexDescription.newBuilder()
                .setIndexName(JsonValues.str(d, "index_name"))
                .setIndexID(JsonValues.lng(d, "indexID"))
                .addAllParams(JsonValues.pairs(d, "params"))
                .setFieldName(JsonValues.str(d, "field_name"))
                .setIndexedRows(JsonValues.lng(d, "indexed_rows"))
                .setTotalRows(JsonValues.lng(d, "total_rows"))
                .setIndexStateFailReason(JsonValues.str(d, "index_state_fail_reason"));
        IndexState state = IndexState.forNumber(JsonValues.integer(d, "state"));
        if (state != null) {
            b.setState(state);
        }
        return b.build();
    }
}
