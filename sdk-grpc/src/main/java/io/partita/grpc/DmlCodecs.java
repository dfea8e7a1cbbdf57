package io.partita.grpc;

import io.partita.model.MutationResult;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.UpsertParam;
import io.partita.transport.Operations;
import io.partita.wire.DeleteRequest;
import io.partita.wire.InsertRequest;
import io.partita.wire.UpsertRequest;

/** Codecs of the data-changing RPCs: Insert and Upsert (typed columns, see {@code SEAM.md}) and Delete. */
final class DmlCodecs {
    private DmlCodecs() {}

    static void register(CodecTable t) {
        t.put(Operations.INSERT, (stub, p, db) -> mutation(stub.insert(insertRequest(p, db))));
        t.put(Operations.UPSERT, (stub, p, db) -> mutation(stub.upsert(upsertRequest(p, db))));
        t.put(
                Operations.DELETE,
                (stub, p, db) -> mutation(stub.delete(DeleteRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .setPartitionName(IndexCodecs.orEmpty(p.getPartitionName()))
                        .setExpr(p.getExpr())
                        .putAllExprTemplateValues(TemplateValues.toWire(p.getExprTemplateValues()))
                        .build())));
    }

    private static InsertRequest insertRequest(InsertParam p, String db) {
        InsertRequest.Builder b = InsertRequest.newBuilder()
                .setDbName(db)
                .setCollectionName(p.getCollectionName())
                .setPartitionName(IndexCodecs.orEmpty(p.getPartitionName()))
                .setNumRows(p.getRowCount());
        for (InsertParam.Field f : p.getFields()) {
            b.addFieldsData(FieldDataCodec.toWire(f));
        }
        return b.build();
    }

    /** The same columns as an insert's, in the UpsertRequest (its fields are InsertRequest's). */
    private static UpsertRequest upsertRequest(UpsertParam p, String db) {
        UpsertRequest.Builder b = UpsertRequest.newBuilder()
                .setDbName(db)
                .setCollectionName(p.getCollectionName())
                .setPartitionName(IndexCodecs.orEmpty(p.getPartitionName()))
                .setNumRows(p.getRowCount())
                .setPartialUpdate(p.isPartialUpdate());
        for (InsertParam.Field f : p.getFields()) {
            b.addFieldsData(FieldDataCodec.toWire(f));
        }
        return b.build();
    }

    private static MutationResult mutation(io.partita.wire.MutationResult r) {
        MutationResult.Builder b = MutationResult.newBuilder()
                .setStatus(WireValues.status(r.getStatus()))
                .addAllSuccIndex(r.getSuccIndexList())
                .addAllErrIndex(r.getErrIndexList())
                .setAcknowledged(r.getAcknowledged())
                .setInsertCnt(r.getInsertCnt())
                .setDeleteCnt(r.getDeleteCnt())
                .setUpsertCnt(r.getUpsertCnt())
                .setTimestamp(r.getTimestamp());
        if (r.hasIDs()) {
            b.setIDs(WireValues.ids(r.getIDs()));
        }
        return b.build();
    }
}
