package io.partita.server.grpc;

import static io.partita.server.grpc.ServerRpc.unary;
import static io.partita.wire.MilvusServiceGrpc.getDeleteMethod;
import static io.partita.wire.MilvusServiceGrpc.getFlushAllMethod;
import static io.partita.wire.MilvusServiceGrpc.getFlushMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetCompactionStateMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetCompactionStateWithPlansMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetFlushAllStateMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetFlushStateMethod;
import static io.partita.wire.MilvusServiceGrpc.getInsertMethod;
import static io.partita.wire.MilvusServiceGrpc.getManualCompactionMethod;
import static io.partita.wire.MilvusServiceGrpc.getUpsertMethod;

import io.partita.server.engine.DatabaseScope;
import io.partita.server.engine.Engine;
import io.partita.server.model.CollectionInfo;
import io.partita.server.model.Compaction;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FlushResult;
import io.partita.server.model.SegmentInfo;
import io.partita.wire.CompactionMergeInfo;
import io.partita.wire.CompactionState;
import io.partita.wire.DeleteRequest;
import io.partita.wire.FieldData;
import io.partita.wire.FieldPartialUpdateOp;
import io.partita.wire.FlushAllRequest;
import io.partita.wire.FlushAllResponse;
import io.partita.wire.FlushAllResult;
import io.partita.wire.FlushCollectionResult;
import io.partita.wire.FlushRequest;
import io.partita.wire.FlushResponse;
import io.partita.wire.GetCompactionPlansRequest;
import io.partita.wire.GetCompactionPlansResponse;
import io.partita.wire.GetCompactionStateRequest;
import io.partita.wire.GetCompactionStateResponse;
import io.partita.wire.GetFlushAllStateRequest;
import io.partita.wire.GetFlushAllStateResponse;
import io.partita.wire.GetFlushStateRequest;
import io.partita.wire.GetFlushStateResponse;
import io.partita.wire.InsertRequest;
import io.partita.wire.LongArray;
import io.partita.wire.ManualCompactionRequest;
import io.partita.wire.ManualCompactionResponse;
import io.partita.wire.MutationResult;
import io.partita.wire.UpsertRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Data RPCs: insert, upsert, delete, flush, flush state, flush-all (milvus-2.6), compaction. */
final class DmlRpcs {
    private final Engine engine;
    /**
     * Per database, the highest timestamp FlushAll answered for it: every segment of the database
     * older than it is flushed (Flush is synchronous).
     */
    private final Map<String, Long> flushedAllUpTo = new ConcurrentHashMap<>();

    DmlRpcs(Engine engine) {
        this.engine = engine;
    }

    /** The data RPCs' declarations. */
    List<ServerRpc<?, ?>> rpcs() {
        return List.of(
                unary(getInsertMethod(), this::insert),
                unary(getUpsertMethod(), this::upsert),
                unary(getDeleteMethod(), this::delete),
                unary(getFlushMethod(), this::flush),
                unary(getGetFlushStateMethod(), this::flushState),
                unary(getManualCompactionMethod(), this::compact),
                unary(getGetCompactionStateMethod(), this::compactionState),
                unary(getGetCompactionStateWithPlansMethod(), this::compactionPlans));
    }

    /** FlushAll and GetFlushAllState (Milvus 2.4+; served on the milvus-2.6 profile). */
    List<ServerRpc<?, ?>> flushAllRpcs() {
        return List.of(
                unary(getFlushAllMethod(), this::flushAll), unary(getGetFlushAllStateMethod(), this::flushAllState));
    }

    /** ManualCompaction: by collection_name, or by collectionID as Milvus 2.1's request has only that. */
    ManualCompactionResponse compact(ManualCompactionRequest r) {
        Compaction c = engine.compact(r.getCollectionName(), r.getCollectionID());
        return ManualCompactionResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setCompactionID(c.id())
                .setCompactionPlanCount(c.plans().size())
                .build();
    }

    /**
     * Partita compacts synchronously, so every compaction is Completed; an id it never gave is
     * Completed with no plans, as Milvus's datacoord answers an id without tasks (GetCompactionState
     * in internal/datacoord/services.go counts the executing tasks of the id: none is Completed).
     */
    GetCompactionStateResponse compactionState(GetCompactionStateRequest r) {
        Compaction c = engine.compaction(r.getCompactionID());
        return GetCompactionStateResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setState(CompactionState.Completed)
                .setCompletedPlanNo(c == null ? 0 : c.plans().size())
                .build();
    }

    GetCompactionPlansResponse compactionPlans(GetCompactionPlansRequest r) {
        Compaction c = engine.compaction(r.getCompactionID());
        GetCompactionPlansResponse.Builder b = GetCompactionPlansResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setState(CompactionState.Completed);
        if (c != null) {
            for (Compaction.Plan p : c.plans()) {
                b.addMergeInfos(CompactionMergeInfo.newBuilder()
                        .addAllSources(p.sources())
                        .setTarget(p.target()));
            }
        }
        return b.build();
    }

    MutationResult insert(InsertRequest r) {
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

    MutationResult upsert(UpsertRequest r) {
        if (r.getFieldsDataCount() == 0) {
            throw Statuses.invalid("upsert into collection " + r.getCollectionName() + " carries no fields_data");
        }
        List<FieldColumn> columns = new ArrayList<>(r.getFieldsDataCount());
        for (FieldData fd : r.getFieldsDataList()) {
            columns.add(FieldDataCodec.toColumn(fd));
        }
        io.partita.server.model.MutationResult m =
                engine.upsert(r.getCollectionName(), r.getPartitionName(), columns, partialUpdate(r));
        MutationResult.Builder b = MutationResult.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setIDs(FieldDataCodec.toIds(m.primaryKeys()))
                .setUpsertCnt(m.count())
                .setTimestamp(m.timestamp());
        for (int i = 0; i < m.count(); i++) {
            b.addSuccIndex(i);
        }
        return b.build();
    }

    /**
     * Whether an upsert is partial: {@code partial_update}, or a field op other than REPLACE (which
     * implies it, milvus.proto). Array appends and removals are not served: refused, naming the
     * field, rather than applied as a replacement.
     */
    private static boolean partialUpdate(UpsertRequest r) {
        for (FieldPartialUpdateOp op : r.getFieldOpsList()) {
            if (op.getOp() != FieldPartialUpdateOp.OpType.REPLACE) {
                throw Statuses.invalid("field op " + op.getOp() + " of field " + op.getFieldName()
                        + " is not supported by the reference server: only REPLACE");
            }
        }
        return r.getPartialUpdate();
    }

    MutationResult delete(DeleteRequest r) {
        io.partita.server.model.MutationResult m = engine.delete(
                r.getCollectionName(),
                r.getPartitionName(),
                ExprTemplates.bind(r.getExpr(), r.getExprTemplateValuesMap()));
        return MutationResult.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setIDs(FieldDataCodec.toIds(m.primaryKeys()))
                .setDeleteCnt(m.count())
                .setTimestamp(m.timestamp())
                .build();
    }

    FlushResponse flush(FlushRequest r) {
        FlushResult f = engine.flush(r.getCollectionNamesList());
        FlushResponse.Builder b =
                FlushResponse.newBuilder().setStatus(Statuses.SUCCESS).setDbName(DatabaseScope.current());
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

    /**
     * FlushAll: flushes every collection of the database the call runs in, or of every database
     * when neither {@code db_name} nor the {@code dbname} header names one (milvus-io/milvus
     * internal/proxy/task_flush_all.go, 2.5: an empty db_name lists the databases). Answers the
     * flush timestamp and, per database, the collections' segments (the deprecated
     * {@code flush_results} that 2.5 clients read).
     */
    FlushAllResponse flushAll(FlushAllRequest r) {
        List<String> dbs = new ArrayList<>();
        if (r.getDbName().isEmpty() && Databases.header() == null) {
            engine.listDatabases().forEach(d -> dbs.add(d.name()));
        } else {
            dbs.add(DatabaseScope.current());
        }
        FlushAllResponse.Builder b = FlushAllResponse.newBuilder().setStatus(Statuses.SUCCESS);
        long ts = 0;
        for (String db : dbs) {
            FlushResult f = DatabaseScope.in(db, () -> {
                List<String> names = new ArrayList<>();
                for (CollectionInfo c : engine.showCollections(List.of(), false)) {
                    names.add(c.name());
                }
                return engine.flush(names);
            });
            FlushAllResult.Builder result = FlushAllResult.newBuilder().setDbName(db);
            for (Map.Entry<String, List<Long>> e : f.flushedSegmentIds().entrySet()) {
                result.addCollectionResults(FlushCollectionResult.newBuilder()
                        .setCollectionName(e.getKey())
                        .setSegmentIds(LongArray.newBuilder().addAllData(e.getValue()))
                        .setFlushSegmentIds(LongArray.newBuilder()
                                .addAllData(f.sealedSegmentIds().getOrDefault(e.getKey(), List.of())))
                        .setSealTime(f.flushTimestamp() >>> 18)
                        .setFlushTs(f.flushTimestamp()));
            }
            b.addFlushResults(result);
            ts = Math.max(ts, f.flushTimestamp());
        }
        for (String db : dbs) {
            flushedAllUpTo.merge(db, ts, Math::max);
        }
        return b.setFlushAllTs(ts).build();
    }

    /**
     * GetFlushAllState, in the database the call runs in: flushed when the timestamp (the
     * deprecated {@code flush_all_ts}, or the highest of {@code flush_all_tss}) is one FlushAll
     * answered for this database or older, as every segment before it was sealed before the
     * answer; else (a later timestamp, or one answered before a restart) when no collection of the
     * database holds growing rows.
     */
    GetFlushAllStateResponse flushAllState(GetFlushAllStateRequest r) {
        long ts = r.getFlushAllTs();
        for (long t : r.getFlushAllTssMap().values()) {
            ts = Math.max(ts, t);
        }
        boolean flushed = ts <= flushedAllUpTo.getOrDefault(DatabaseScope.current(), 0L) || noGrowingRows();
        return GetFlushAllStateResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setFlushed(flushed)
                .build();
    }

    private boolean noGrowingRows() {
        for (CollectionInfo c : engine.showCollections(List.of(), false)) {
            for (SegmentInfo s : engine.persistentSegmentInfo(c.name())) {
                if (s.state() == SegmentInfo.STATE_GROWING && s.numRows() > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    GetFlushStateResponse flushState(GetFlushStateRequest r) {
        return GetFlushStateResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setFlushed(engine.flushed(r.getSegmentIDsList()))
                .build();
    }
}
