package io.partita.grpc;

import io.partita.model.CheckHealthResponse;
import io.partita.model.CompactionMergeInfo;
import io.partita.model.CompactionState;
import io.partita.model.FlushAllResponse;
import io.partita.model.GetCompactionPlansResponse;
import io.partita.model.GetCompactionStateResponse;
import io.partita.model.GetFlushAllStateResponse;
import io.partita.model.GetFlushStateResponse;
import io.partita.model.GetMetricsResponse;
import io.partita.model.GetPersistentSegmentInfoResponse;
import io.partita.model.GetQuerySegmentInfoResponse;
import io.partita.model.GetReplicasResponse;
import io.partita.model.GetVersionResponse;
import io.partita.model.ManualCompactionResponse;
import io.partita.model.PersistentSegmentInfo;
import io.partita.model.QuerySegmentInfo;
import io.partita.model.QuotaState;
import io.partita.model.ReplicaInfo;
import io.partita.model.SegmentState;
import io.partita.model.ShardReplica;
import io.partita.model.Status;
import io.partita.transport.Operations;
import io.partita.wire.CheckHealthRequest;
import io.partita.wire.DescribeCollectionRequest;
import io.partita.wire.FlushAllRequest;
import io.partita.wire.GetCompactionPlansRequest;
import io.partita.wire.GetCompactionStateRequest;
import io.partita.wire.GetFlushAllStateRequest;
import io.partita.wire.GetFlushStateRequest;
import io.partita.wire.GetMetricsRequest;
import io.partita.wire.GetPersistentSegmentInfoRequest;
import io.partita.wire.GetQuerySegmentInfoRequest;
import io.partita.wire.GetReplicasRequest;
import io.partita.wire.GetVersionRequest;
import io.partita.wire.LoadBalanceRequest;
import io.partita.wire.ManualCompactionRequest;

/** Codecs of the control and information RPCs: flush state, segments, replicas, metrics, health, load balance, compaction. */
final class InfoCodecs {
    private InfoCodecs() {}

    static void register(CodecTable t) {
        t.put(Operations.GET_FLUSH_STATE, (stub, p, db) -> {
            io.partita.wire.GetFlushStateResponse r = stub.getFlushState(GetFlushStateRequest.newBuilder()
                    .setDbName(db)
                    .addAllSegmentIDs(p.getSegmentIDs())
                    .build());
            return GetFlushStateResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setFlushed(r.getFlushed())
                    .build();
        });
        t.put(Operations.FLUSH_ALL, (stub, p, db) -> {
            io.partita.wire.FlushAllResponse r =
                    stub.flushAll(FlushAllRequest.newBuilder().setDbName(db).build());
            return FlushAllResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setFlushAllTs(r.getFlushAllTs())
                    .build();
        });
        t.put(Operations.GET_FLUSH_ALL_STATE, (stub, p, db) -> {
            io.partita.wire.GetFlushAllStateResponse r = stub.getFlushAllState(GetFlushAllStateRequest.newBuilder()
                    .setDbName(p.getDatabaseName().isEmpty() ? db : p.getDatabaseName())
                    .setFlushAllTs(p.getFlushAllTs())
                    .build());
            return GetFlushAllStateResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setFlushed(r.getFlushed())
                    .build();
        });
        t.put(Operations.GET_PERSISTENT_SEGMENT_INFO, (stub, p, db) -> {
            io.partita.wire.GetPersistentSegmentInfoResponse r =
                    stub.getPersistentSegmentInfo(GetPersistentSegmentInfoRequest.newBuilder()
                            .setDbName(db)
                            .setCollectionName(p.getCollectionName())
                            .build());
            GetPersistentSegmentInfoResponse.Builder b =
                    GetPersistentSegmentInfoResponse.newBuilder().setStatus(WireValues.status(r.getStatus()));
            r.getInfosList().forEach(i -> b.addInfos(persistent(i)));
            return b.build();
        });
        t.put(Operations.GET_QUERY_SEGMENT_INFO, (stub, p, db) -> {
            io.partita.wire.GetQuerySegmentInfoResponse r =
                    stub.getQuerySegmentInfo(GetQuerySegmentInfoRequest.newBuilder()
                            .setDbName(db)
                            .setCollectionName(p.getCollectionName())
                            .build());
            GetQuerySegmentInfoResponse.Builder b =
                    GetQuerySegmentInfoResponse.newBuilder().setStatus(WireValues.status(r.getStatus()));
            r.getInfosList().forEach(i -> b.addInfos(query(i)));
            return b.build();
        });
        t.put(Operations.GET_REPLICAS, (stub, p, db) -> {
            // Milvus 2.1's GetReplicasRequest has no collection_name, only the id: describe first, as the official SDKs
            // do.
            io.partita.wire.DescribeCollectionResponse described =
                    stub.describeCollection(DescribeCollectionRequest.newBuilder()
                            .setDbName(db)
                            .setCollectionName(p.getCollectionName())
                            .build());
            Status describeStatus = WireValues.status(described.getStatus());
            if (!describeStatus.isSuccess()) {
                return GetReplicasResponse.newBuilder()
                        .setStatus(describeStatus)
                        .build();
            }
            io.partita.wire.GetReplicasResponse r = stub.getReplicas(GetReplicasRequest.newBuilder()
                    .setDbName(db)
                    .setCollectionID(described.getCollectionID())
                    .setCollectionName(p.getCollectionName())
                    .setWithShardNodes(true)
                    .build());
            GetReplicasResponse.Builder b =
                    GetReplicasResponse.newBuilder().setStatus(WireValues.status(r.getStatus()));
            r.getReplicasList().forEach(i -> b.addReplicas(replica(i)));
            return b.build();
        });
        t.put(Operations.GET_METRICS, (stub, p, db) -> {
            io.partita.wire.GetMetricsResponse r = stub.getMetrics(
                    GetMetricsRequest.newBuilder().setRequest(p.getRequest()).build());
            return GetMetricsResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setResponse(r.getResponse())
                    .setComponentName(r.getComponentName())
                    .build();
        });
        t.put(Operations.GET_VERSION, (stub, p, db) -> {
            io.partita.wire.GetVersionResponse r = stub.getVersion(GetVersionRequest.getDefaultInstance());
            return GetVersionResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setVersion(r.getVersion())
                    .build();
        });
        t.put(Operations.CHECK_HEALTH, (stub, p, db) -> {
            io.partita.wire.CheckHealthResponse r = stub.checkHealth(CheckHealthRequest.getDefaultInstance());
            CheckHealthResponse.Builder b = CheckHealthResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setIsHealthy(r.getIsHealthy())
                    .addAllReasons(r.getReasonsList());
            for (int n : r.getQuotaStatesValueList()) {
                QuotaState state = QuotaState.forNumber(n);
                b.addQuotaStates(state == null ? QuotaState.Unknown : state);
            }
            return b.build();
        });
        t.put(
                Operations.LOAD_BALANCE,
                (stub, p, db) -> WireValues.status(stub.loadBalance(LoadBalanceRequest.newBuilder()
                        .setDbName(db)
                        .setSrcNodeID(p.getSourceNodeID())
                        .addAllDstNodeIDs(p.getDestinationNodeIDs())
                        .addAllSealedSegmentIDs(p.getSegmentIDs())
                        .build())));
        t.put(Operations.MANUAL_COMPACTION, (stub, p, db) -> {
            io.partita.wire.ManualCompactionResponse r = stub.manualCompaction(ManualCompactionRequest.newBuilder()
                    .setDbName(db)
                    .setCollectionName(p.getCollectionName())
                    .build());
            return ManualCompactionResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setCompactionID(r.getCompactionID())
                    .build();
        });
        t.put(Operations.GET_COMPACTION_STATE, (stub, p, db) -> {
            io.partita.wire.GetCompactionStateResponse r =
                    stub.getCompactionState(GetCompactionStateRequest.newBuilder()
                            .setCompactionID(p.getCompactionID())
                            .build());
            GetCompactionStateResponse.Builder b = GetCompactionStateResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setExecutingPlanNo(r.getExecutingPlanNo())
                    .setTimeoutPlanNo(r.getTimeoutPlanNo())
                    .setCompletedPlanNo(r.getCompletedPlanNo())
                    .setFailedPlanNo(r.getFailedPlanNo());
            CompactionState state = CompactionState.forNumber(r.getStateValue());
            if (state != null) {
                b.setState(state);
            }
            return b.build();
        });
        t.put(Operations.GET_COMPACTION_PLANS, (stub, p, db) -> {
            io.partita.wire.GetCompactionPlansResponse r =
                    stub.getCompactionStateWithPlans(GetCompactionPlansRequest.newBuilder()
                            .setCompactionID(p.getCompactionID())
                            .build());
            GetCompactionPlansResponse.Builder b =
                    GetCompactionPlansResponse.newBuilder().setStatus(WireValues.status(r.getStatus()));
            CompactionState state = CompactionState.forNumber(r.getStateValue());
            if (state != null) {
                b.setState(state);
            }
            r.getMergeInfosList()
                    .forEach(m -> b.addMergeInfos(CompactionMergeInfo.newBuilder()
                            .addAllSources(m.getSourcesList())
                            .setTarget(m.getTarget())
                            .build()));
            return b.build();
        });
    }

    private static PersistentSegmentInfo persistent(io.partita.wire.PersistentSegmentInfo i) {
        PersistentSegmentInfo.Builder b = PersistentSegmentInfo.newBuilder()
                .setSegmentID(i.getSegmentID())
                .setCollectionID(i.getCollectionID())
                .setPartitionID(i.getPartitionID())
                .setNumRows(i.getNumRows());
        SegmentState state = SegmentState.forNumber(i.getStateValue());
        if (state != null) {
            b.setState(state);
        }
        return b.build();
    }

    private static QuerySegmentInfo query(io.partita.wire.QuerySegmentInfo i) {
        QuerySegmentInfo.Builder b = QuerySegmentInfo.newBuilder()
                .setSegmentID(i.getSegmentID())
                .setCollectionID(i.getCollectionID())
                .setPartitionID(i.getPartitionID())
                .setMemSize(i.getMemSize())
                .setNumRows(i.getNumRows())
                .setIndexName(i.getIndexName())
                .setIndexID(i.getIndexID())
                .setNodeID(i.getNodeID())
                .addAllNodeIds(i.getNodeIdsList());
        SegmentState state = SegmentState.forNumber(i.getStateValue());
        if (state != null) {
            b.setState(state);
        }
        return b.build();
    }

    private static ReplicaInfo replica(io.partita.wire.ReplicaInfo i) {
        ReplicaInfo.Builder b = ReplicaInfo.newBuilder()
                .setReplicaID(i.getReplicaID())
                .setCollectionID(i.getCollectionID())
                .addAllPartitionIds(i.getPartitionIdsList())
                .addAllNodeIds(i.getNodeIdsList())
                .setResourceGroupName(i.getResourceGroupName());
        i.getShardReplicasList()
                .forEach(s -> b.addShardReplicas(ShardReplica.newBuilder()
                        .setLeaderID(s.getLeaderID())
                        .setLeaderAddr(s.getLeaderAddr())
                        .setDmChannelName(s.getDmChannelName())
                        .addAllNodeIds(s.getNodeIdsList())
                        .build()));
        return b.build();
    }
}
