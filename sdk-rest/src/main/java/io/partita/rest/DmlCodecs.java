package io.partita.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.model.MutationResult;
import io.partita.param.dml.InsertParam;
import io.partita.transport.Operations;

/** Codecs of the {@code /entities} routes: POST inserts (typed columns, see {@code SEAM.md}), DELETE deletes by expression. */
final class DmlCodecs {
    private DmlCodecs() {}

    static void register(CodecTable t) {
        t.put(Operations.INSERT, (http, p, db) -> mutation(http.send(insertBody(p, db))));
        t.put(
                Operations.DELETE,
                (http, p, db) -> mutation(http.send(TemplateValues.addTo(
                                Body.of(db)
                                        .str("collection_name", p.getCollectionName())
                                        .str("partition_name", p.getPartitionName())
                                        .str("expr", p.getExpr()),
                                p.getExprTemplateValues())
                        .json())));
    }

    private static JsonObject insertBody(InsertParam p, String db) throws io.partita.transport.TransportException {
        JsonArray fields = new JsonArray(p.getFields().size());
        for (InsertParam.Field f : p.getFields()) {
            fields.add(FieldDataCodec.toJson(f));
        }
        return Body.of(db)
                .str("collection_name", p.getCollectionName())
                .str("partition_name", p.getPartitionName())
                .add("fields_data", fields)
                .num("num_rows", p.getRowCount())
                .json();
    }

    private static MutationResult mutation(JsonObject r) {
        MutationResult.Builder b = MutationResult.newBuilder()
                .setStatus(JsonValues.status(r))
                .addAllSuccIndex(JsonValues.ints(r, "succ_index"))
                .addAllErrIndex(JsonValues.ints(r, "err_index"))
                .setAcknowledged(JsonValues.bool(r, "acknowledged"))
                .setInsertCnt(JsonValues.lng(r, "insert_cnt"))
                .setDeleteCnt(JsonValues.lng(r, "delete_cnt"))
                .setUpsertCnt(JsonValues.lng(r, "upsert_cnt"))
                .setTimestamp(JsonValues.lng(r, "timestamp"));
        JsonObject ids = JsonValues.obj(r, "IDs");
        if (ids != null) {
            b.setIDs(JsonValues.ids(ids));
        }
        return b.build();
    }
}
