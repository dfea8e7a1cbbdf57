package io.partita.server.grpc;

import io.partita.server.engine.Engine;
import io.partita.server.model.PartitionInfo;
import io.partita.wire.BoolResponse;
import io.partita.wire.CreatePartitionRequest;
import io.partita.wire.DropPartitionRequest;
import io.partita.wire.GetLoadStateRequest;
import io.partita.wire.GetLoadStateResponse;
import io.partita.wire.GetLoadingProgressRequest;
import io.partita.wire.GetLoadingProgressResponse;
import io.partita.wire.GetPartitionStatisticsRequest;
import io.partita.wire.GetPartitionStatisticsResponse;
import io.partita.wire.HasPartitionRequest;
import io.partita.wire.KeyValuePair;
import io.partita.wire.LoadPartitionsRequest;
import io.partita.wire.ReleasePartitionsRequest;
import io.partita.wire.ShowPartitionsRequest;
import io.partita.wire.ShowPartitionsResponse;
import io.partita.wire.ShowType;
import io.partita.wire.Status;

/** Partition RPCs and load progress: create, drop, has, show, statistics, load, release, progress, state. */
final class PartitionRpcs {
    private final Engine engine;

    PartitionRpcs(Engine engine) {
        this.engine = engine;
    }

    void create(CreatePartitionRequest r) {
        Databases.check(r.getDbName());
        engine.createPartition(r.getCollectionName(), r.getPartitionName());
    }

    void drop(DropPartitionRequest r) {
        Databases.check(r.getDbName());
        engine.dropPartition(r.getCollectionName(), r.getPartitionName());
    }

    BoolResponse has(HasPartitionRequest r) {
        Databases.check(r.getDbName());
        boolean has = engine.hasPartition(r.getCollectionName(), r.getPartitionName());
        return BoolResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setValue(has)
                .build();
    }

    void load(LoadPartitionsRequest r) {
        Databases.check(r.getDbName());
        engine.loadPartitions(r.getCollectionName(), r.getPartitionNamesList(), r.getReplicaNumber());
    }

    void release(ReleasePartitionsRequest r) {
        Databases.check(r.getDbName());
        engine.releasePartitions(r.getCollectionName(), r.getPartitionNamesList());
    }

    ShowPartitionsResponse show(ShowPartitionsRequest r) {
        Databases.check(r.getDbName());
        boolean inMemory = r.getType() == ShowType.InMemory;
        ShowPartitionsResponse.Builder b = ShowPartitionsResponse.newBuilder().setStatus(Statuses.SUCCESS);
        for (PartitionInfo p : engine.showPartitions(r.getCollectionName(), r.getPartitionNamesList(), inMemory)) {
            b.addPartitionNames(p.name())
                    .addPartitionIDs(p.partitionId())
                    .addCreatedTimestamps(p.createdTimestamp())
                    .addCreatedUtcTimestamps(p.createdUtcMs())
                    .addInMemoryPercentages(p.inMemoryPercentage());
        }
        return b.build();
    }

    static ShowPartitionsResponse showFailed(Status s) {
        return ShowPartitionsResponse.newBuilder().setStatus(s).build();
    }

    GetPartitionStatisticsResponse statistics(GetPartitionStatisticsRequest r) {
        Databases.check(r.getDbName());
        long rows = engine.partitionRowCount(r.getCollectionName(), r.getPartitionName());
        return GetPartitionStatisticsResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .addStats(KeyValuePair.newBuilder().setKey("row_count").setValue(Long.toString(rows)))
                .build();
    }

    static GetPartitionStatisticsResponse statisticsFailed(Status s) {
        return GetPartitionStatisticsResponse.newBuilder().setStatus(s).build();
    }

    GetLoadingProgressResponse progress(GetLoadingProgressRequest r) {
        Databases.check(r.getDbName());
        int progress = engine.loadingProgress(r.getCollectionName(), r.getPartitionNamesList());
        return GetLoadingProgressResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setProgress(progress)
                .build();
    }

    static GetLoadingProgressResponse progressFailed(Status s) {
        return GetLoadingProgressResponse.newBuilder().setStatus(s).build();
    }

    GetLoadStateResponse state(GetLoadStateRequest r) {
        Databases.check(r.getDbName());
        int state = engine.loadState(r.getCollectionName(), r.getPartitionNamesList())
                .number();
        return GetLoadStateResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setStateValue(state)
                .build();
    }

    static GetLoadStateResponse stateFailed(Status s) {
        return GetLoadStateResponse.newBuilder().setStatus(s).build();
    }
}
