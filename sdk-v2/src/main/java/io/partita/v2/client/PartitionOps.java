package io.partita.v2.client;

import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.DropPartitionParam;
import io.partita.param.partition.GetPartitionStatisticsParam;
import io.partita.param.partition.HasPartitionParam;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.param.partition.ReleasePartitionsParam;
import io.partita.param.partition.ShowPartitionsParam;
import io.partita.response.GetPartStatResponseWrapper;
import io.partita.v2.service.partition.request.CreatePartitionReq;
import io.partita.v2.service.partition.request.DropPartitionReq;
import io.partita.v2.service.partition.request.GetPartitionStatsReq;
import io.partita.v2.service.partition.request.HasPartitionReq;
import io.partita.v2.service.partition.request.ListPartitionsReq;
import io.partita.v2.service.partition.request.LoadPartitionsReq;
import io.partita.v2.service.partition.request.ReleasePartitionsReq;
import io.partita.v2.service.partition.response.GetPartitionStatsResp;
import java.util.List;

/** The partition calls of {@link MilvusClientV2}, each through one sdk-core call. */
final class PartitionOps {
    private PartitionOps() {}

    static void create(Session s, CreatePartitionReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.createPartition(Failures.params(() -> CreatePartitionParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withPartitionName(r.getPartitionName())
                .build())));
    }

    static void drop(Session s, DropPartitionReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.dropPartition(Failures.params(() -> DropPartitionParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withPartitionName(r.getPartitionName())
                .build())));
    }

    static boolean has(Session s, HasPartitionReq r) {
        s.checkDatabase(r.getDatabaseName());
        return Failures.orThrow(s.v1.hasPartition(Failures.params(() -> HasPartitionParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withPartitionName(r.getPartitionName())
                .build())));
    }

    static List<String> list(Session s, ListPartitionsReq r) {
        s.checkDatabase(r.getDatabaseName());
        return Failures.orThrow(s.v1.showPartitions(Failures.params(() -> ShowPartitionsParam.newBuilder()
                        .withCollectionName(r.getCollectionName())
                        .build())))
                .getPartitionNamesList();
    }

    static void load(Session s, LoadPartitionsReq r) {
        s.checkDatabase(r.getDatabaseName());
        boolean sync = Boolean.TRUE.equals(r.getSync());
        long seconds = sync ? Waits.seconds(r.getTimeout(), 300, "LoadPartitionsReq.timeout") : 60;
        Failures.orThrow(s.v1.loadPartitions(Failures.params(() -> LoadPartitionsParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withPartitionNames(r.getPartitionNames())
                .withReplicaNumber(r.getNumReplicas())
                .withLoadFields(r.getLoadFields())
                .withSkipLoadDynamicField(r.getSkipLoadDynamicField())
                .withResourceGroups(r.getResourceGroups())
                .withSyncLoad(sync)
                .withSyncLoadWaitingTimeout(seconds)
                .build())));
    }

    static void release(Session s, ReleasePartitionsReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.releasePartitions(Failures.params(() -> ReleasePartitionsParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withPartitionNames(r.getPartitionNames())
                .build())));
    }

    static GetPartitionStatsResp stats(Session s, GetPartitionStatsReq r) {
        s.checkDatabase(r.getDatabaseName());
        io.partita.model.GetPartitionStatisticsResponse answer = Failures.orThrow(
                s.v1.getPartitionStatistics(Failures.params(() -> GetPartitionStatisticsParam.newBuilder()
                        .withCollectionName(r.getCollectionName())
                        .withPartitionName(r.getPartitionName())
                        .withFlush(false) // as the official V2 client: no flush first
                        .build())));
        long rows = new GetPartStatResponseWrapper(answer).getRowCount();
        return GetPartitionStatsResp.builder()
                .numOfEntities(rows)
                .stats(Entities.stats(answer.getStatsList()))
                .build();
    }
}
