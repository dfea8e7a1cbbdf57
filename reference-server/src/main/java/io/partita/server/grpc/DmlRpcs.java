package io.partita.server.grpc;

import io.partita.server.engine.Engine;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FlushResult;
import io.partita.wire.DeleteRequest;
import io.partita.wire.FieldData;
import io.partita.wire.FlushRequest;
import io.partita.wire.FlushResponse;
import io.partita.wire.GetFlushStateRequest;
import io.partita.wire.GetFlushStateResponse;
import io.partita.wire.InsertRequest;
import io.partita.wire.LongArray;
import io.partita.wire.MutationResult;
import io.partita.wire.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Data RPCs: insert, delete, flush, flush state. */
final class DmlRpcs {
    private final Engine engine;

    DmlRpcs(Engine engine) {
        this.engine = engine;
    }

    MutationResult insert(InsertRequest r) {
        Databases.check(r.getDbName());
        if (r.getFieldsDataCount() == 0) {
            throw Statuses.invalid("insert into collection " + r.getCollectionName() + " carries no fields_data");
        }
        List<FieldColumn> columns = new ArrayList<>(r.getFieldsDataCount());
        for (FieldData fd : r.getFieldsDataList()) {
            columns.add(FieldDataCodec.toColumn(fd));
        }
        io.partita.server.model.MutationResult m = engine.insert(
                r.getCollectionName(), r.getPartitionName(), columns, Integer.toUnsignedLong(r.getNumRows()));
        MutationResult.Builder b = MutationResult.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setIDs(FieldDataCodec.toIds(m.primaryKeys()))
                .setInsertCnt(m.count())
                .setTimestamp(m.timestamp());
        for (int i = 0; i < m.count(); i++) {
            b.addSuccIndex(i);
        }
        return b.build();
    }

    MutationResult delete(DeleteRequest r) {
        Databases.check(r.getDbName());
        io.partita.server.model.MutationResult m =
                engine.delete(r.getCollectionName(), r.getPartitionName(), r.getExpr());
        return MutationResult.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setIDs(FieldDataCodec.toIds(m.primaryKeys()))
                .setDeleteCnt(m.count())
                .setTimestamp(m.timestamp())
                .build();
    }

    static MutationResult mutationFailed(Status s) {
        return MutationResult.newBuilder().setStatus(s).build();
    }

    FlushResponse flush(FlushRequest r) {
        Databases.check(r.getDbName());
        FlushResult f = engine.flush(r.getCollectionNamesList());
        FlushResponse.Builder b =
                FlushResponse.newBuilder().setStatus(Statuses.SUCCESS).setDbName(Databases.DEFAULT);
        for (Map.Entry<String, List<Long>> e : f.sealedSegmentIds().entrySet()) {
            b.putCollSegIDs(
                    e.getKey(), LongArray.newBuilder().addAllData(e.getValue()).build());
            b.putCollSealTimes(e.getKey(), f.flushTimestamp() >>> 18);
            b.putCollFlushTs(e.getKey(), f.flushTimestamp());
        }
        for (Map.Entry<String, List<Long>> e : f.flushedSegmentIds().entrySet()) {
            b.putFlushCollSegIDs(
                    e.getKey(), LongArray.newBuilder().addAllData(e.getValue()).build());
        }
        return b.build();
    }

    static FlushResponse flushFailed(Status s) {
        return FlushResponse.newBuilder().setStatus(s).build();
    }

    GetFlushStateResponse flushState(GetFlushStateRequest r) {
        Databases.check(r.getDbName());
        return GetFlushStateResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setFlushed(engine.flushed(r.getSegmentIDsList()))
                .build();
    }

    static GetFlushStateResponse flushStateFailed(Status s) {
        return GetFlushStateResponse.newBuilder().setStatus(s).build();
    }
}
