package io.partita.v2.client;

import io.partita.model.GetCompactionPlansResponse;
import io.partita.model.PersistentSegmentInfo;
import io.partita.model.QuerySegmentInfo;
import io.partita.param.control.GetCompactionPlansParam;
import io.partita.param.control.GetPersistentSegmentInfoParam;
import io.partita.param.control.GetQuerySegmentInfoParam;
import io.partita.param.control.GetReplicasParam;
import io.partita.v2.common.CompactionPlan;
import io.partita.v2.common.CompactionState;
import io.partita.v2.service.collection.ReplicaInfo;
import io.partita.v2.service.collection.ShardReplica;
import io.partita.v2.service.collection.request.DescribeReplicasReq;
import io.partita.v2.service.collection.response.DescribeReplicasResp;
import io.partita.v2.service.utility.request.GetCompactionPlansReq;
import io.partita.v2.service.utility.request.GetPersistentSegmentInfoReq;
import io.partita.v2.service.utility.request.GetQuerySegmentInfoReq;
import io.partita.v2.service.utility.response.GetCompactionPlansResp;
import io.partita.v2.service.utility.response.GetPersistentSegmentInfoResp;
import io.partita.v2.service.utility.response.GetQuerySegmentInfoResp;
import java.util.stream.Collectors;

/**
 * Where the data lives, as {@link MilvusClientV2} reports it: replicas, segments and compaction plans,
 * each through sdk-core's one operation for it (shared with the V1 API).
 */
final class IntrospectionOps {
    private IntrospectionOps() {}

    static DescribeReplicasResp describeReplicas(Session s, DescribeReplicasReq r) {
        s.checkDatabase(r.getDatabaseName());
        return DescribeReplicasResp.builder()
                .replicas(Failures.orThrow(s.v1.getReplicas(Failures.params(() -> GetReplicasParam.newBuilder()
                                .withCollectionName(r.getCollectionName())
                                .build())))
                        .getReplicasList()
                        .stream()
                        .map(IntrospectionOps::replica)
                        .collect(Collectors.toList()))
                .build();
    }

    static GetPersistentSegmentInfoResp persistentSegments(Session s, GetPersistentSegmentInfoReq r) {
        s.checkDatabase(r.getDatabaseName());
        return GetPersistentSegmentInfoResp.builder()
                .segmentInfos(Failures.orThrow(s.v1.getPersistentSegmentInfo(
                                Failures.params(() -> GetPersistentSegmentInfoParam.newBuilder()
                                        .withCollectionName(r.getCollectionName())
                                        .build())))
                        .getInfosList()
                        .stream()
                        .map(i -> persistent(i, r.getCollectionName()))
                        .collect(Collectors.toList()))
                .build();
    }

    static GetQuerySegmentInfoResp querySegments(Session s, GetQuerySegmentInfoReq r) {
        s.checkDatabase(r.getDatabaseName());
        return GetQuerySegmentInfoResp.builder()
                .segmentInfos(Failures.orThrow(
                                s.v1.getQuerySegmentInfo(Failures.params(() -> GetQuerySegmentInfoParam.newBuilder()
                                        .withCollectionName(r.getCollectionName())
                                        .build())))
                        .getInfosList()
                        .stream()
                        .map(IntrospectionOps::inMemory)
                        .collect(Collectors.toList()))
                .build();
    }

    static GetCompactionPlansResp compactionPlans(Session s, GetCompactionPlansReq r) {
        GetCompactionPlansResponse a = Failures.orThrow(
                s.v1.getCompactionStateWithPlans(Failures.params(() -> GetCompactionPlansParam.newBuilder()
                        .withCompactionID(r.getCompactionID())
                        .build())));
        return GetCompactionPlansResp.builder()
                .state(a.hasState() ? CompactionState.valueOf(a.getState().name()) : null)
                .plans(a.getMergeInfosList().stream()
                        .map(m -> CompactionPlan.builder()
                                .sources(m.getSourcesList())
                                .target(m.getTarget())
                                .build())
                        .collect(Collectors.toList()))
                .build();
    }

    private static ReplicaInfo replica(io.partita.model.ReplicaInfo i) {
        return ReplicaInfo.builder()
                .replicaID(i.getReplicaID())
                .collectionID(i.getCollectionID())
                .partitionIDs(i.getPartitionIdsList())
                .nodeIDs(i.getNodeIdsList())
                .resourceGroupName(i.getResourceGroupName())
                .shardReplicas(i.getShardReplicasList().stream()
                        .map(sr -> ShardReplica.builder()
                                .leaderID(sr.getLeaderID())
                                .leaderAddress(sr.getLeaderAddr())
                                .channelName(sr.getDmChannelName())
                                .nodeIDs(sr.getNodeIdsList())
                                .build())
                        .collect(Collectors.toList()))
                .build();
    }

    private static GetPersistentSegmentInfoResp.PersistentSegmentInfo persistent(
            PersistentSegmentInfo i, String collectionName) {
        return GetPersistentSegmentInfoResp.PersistentSegmentInfo.builder()
                .segmentID(i.getSegmentID())
                .collectionID(i.getCollectionID())
                .partitionID(i.getPartitionID())
                .collectionName(collectionName)
                .numOfRows(i.getNumRows())
                .state(i.hasState() ? i.getState().name() : null)
                .build();
    }

    private static GetQuerySegmentInfoResp.QuerySegmentInfo inMemory(QuerySegmentInfo i) {
        return GetQuerySegmentInfoResp.QuerySegmentInfo.builder()
                .segmentID(i.getSegmentID())
                .collectionID(i.getCollectionID())
                .partitionID(i.getPartitionID())
                .memSize(i.getMemSize())
                .numOfRows(i.getNumRows())
                .indexName(i.getIndexName())
                .indexID(i.getIndexID())
                .state(i.hasState() ? i.getState().name() : null)
                .nodeIDs(i.getNodeIdsList())
                .build();
    }
}
