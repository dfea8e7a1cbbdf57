package io.partita.server.grpc;

import static io.partita.server.grpc.ServerRpc.status;
import static io.partita.server.grpc.ServerRpc.unary;
import static io.partita.wire.MilvusServiceGrpc.getCreatePartitionMethod;
import static io.partita.wire.MilvusServiceGrpc.getDropPartitionMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetLoadStateMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetLoadingProgressMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetPartitionStatisticsMethod;
import static io.partita.wire.MilvusServiceGrpc.getHasPartitionMethod;
import static io.partita.wire.MilvusServiceGrpc.getLoadPartitionsMethod;
import static io.partita.wire.MilvusServiceGrpc.getReleasePartitionsMethod;
import static io.partita.wire.MilvusServiceGrpc.getShowPartitionsMethod;

import io.partita.server.engine.Engine;
import io.partita.server.model.LoadOptions;
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
import java.util.List;

/** Partition RPCs and load progress: create, drop, has, show, statistics, load, release, progress, state. */
final class PartitionRpcs {
    private final Engine engine;

    PartitionRpcs(Engine engine) {
        this.engine = engine;
    }

    /** The partition and load-progress RPCs' declarations. */
    List<ServerRpc<?, ?>> rpcs() {
        return List.of(
                status(getCreatePartitionMethod(), this::create),
                status(getDropPartitionMethod(), this::drop),
                unary(getHasPartitionMethod(), this::has),
                status(getLoadPartitionsMethod(), this::load),
                status(getReleasePartitionsMethod(), this::release),
                unary(getGetPartitionStatisticsMethod(), this::statistics),
                unary(getShowPartitionsMethod(), this::show),
                // Partita extensions: newer than Milvus 2.1's HTTP API, so REST clients can wait for loads.
                unary(getGetLoadingProgressMethod(), this::progress),
                unary(getGetLoadStateMethod(), this::state));
    }

    void create(CreatePartitionRequest r) {
        engine.createPartition(r.getCollectionName(), r.getPartitionName());
    }

    void drop(DropPartitionRequest r) {
        engine.dropPartition(r.getCollectionName(), r.getPartitionName());
    }

    BoolResponse has(HasPartitionRequest r) {
        boolean has = engine.hasPartition(r.getCollectionName(), r.getPartitionName());
        return BoolResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setValue(has)
                .build();
    }

    void load(LoadPartitionsRequest r) {
        engine.loadPartitions(
                r.getCollectionName(),
                r.getPartitionNamesList(),
                r.getReplicaNumber(),
                r.getResourceGroupsList(),
                new LoadOptions(r.getLoadFieldsList(), r.getSkipLoadDynamicField(), r.getRefresh()));
    }

    void release(ReleasePartitionsRequest r) {
        engine.releasePartitions(r.getCollectionName(), r.getPartitionNamesList());
    }

    ShowPartitionsResponse show(ShowPartitionsRequest r) {
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

    GetPartitionStatisticsResponse statistics(GetPartitionStatisticsRequest r) {
        long rows = engine.partitionRowCount(r.getCollectionName(), r.getPartitionName());
        return GetPartitionStatisticsResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .addStats(KeyValuePair.newBuilder().setKey("row_count").setValue(Long.toString(rows)))
                .build();
    }

    GetLoadingProgressResponse progress(GetLoadingProgressRequest r) {
        int progress = engine.loadingProgress(r.getCollectionName(), r.getPartitionNamesList());
        // refresh_progress (2.3+): a client that loaded with refresh = true waits for it to reach
        // 100 (milvus-sdk-java's loadCollection does). Partita's refresh has nothing left to read
        // (docs/partial_loads.md), so it is the load's own progress; older clients ignore the field.
        return GetLoadingProgressResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setProgress(progress)
                .setRefreshProgress(progress)
                .build();
    }

    GetLoadStateResponse state(GetLoadStateRequest r) {
        int state = engine.loadState(r.getCollectionName(), r.getPartitionNamesList())
                .number();
        return GetLoadStateResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setStateValue(state)
                .build();
    }
}
