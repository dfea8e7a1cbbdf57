package io.partita.server.grpc;

import io.partita.server.engine.Engine;
import io.partita.server.model.CollectionDescription;
import io.partita.server.model.CollectionInfo;
import io.partita.server.model.LoadState;
import io.partita.wire.BoolResponse;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.DescribeCollectionRequest;
import io.partita.wire.DescribeCollectionResponse;
import io.partita.wire.DropCollectionRequest;
import io.partita.wire.GetCollectionStatisticsRequest;
import io.partita.wire.GetCollectionStatisticsResponse;
import io.partita.wire.HasCollectionRequest;
import io.partita.wire.KeyValuePair;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.ReleaseCollectionRequest;
import io.partita.wire.ShowCollectionsRequest;
import io.partita.wire.ShowCollectionsResponse;
import io.partita.wire.ShowType;
import java.util.List;

/** Collection RPCs: create, drop, has, describe, show, statistics, load, release. */
final class CollectionRpcs {
    private final Engine engine;

    CollectionRpcs(Engine engine) {
        this.engine = engine;
    }

    /** The collection RPCs' declarations. */
    List<ServerRpc<?, ?>> rpcs() {
        return List.of(
                ServerRpc.status(
                        MilvusServiceGrpc.getCreateCollectionMethod(), this::create, HttpRoute.post("/collection")),
                ServerRpc.status(
                        MilvusServiceGrpc.getDropCollectionMethod(), this::drop, HttpRoute.delete("/collection")),
                ServerRpc.unary(
                        MilvusServiceGrpc.getHasCollectionMethod(), this::has, HttpRoute.get("/collection/existence")),
                ServerRpc.unary(
                        MilvusServiceGrpc.getDescribeCollectionMethod(), this::describe, HttpRoute.get("/collection")),
                ServerRpc.status(
                        MilvusServiceGrpc.getLoadCollectionMethod(), this::load, HttpRoute.post("/collection/load")),
                ServerRpc.status(
                        MilvusServiceGrpc.getReleaseCollectionMethod(),
                        this::release,
                        HttpRoute.delete("/collection/load")),
                ServerRpc.unary(
                        MilvusServiceGrpc.getGetCollectionStatisticsMethod(),
                        this::statistics,
                        HttpRoute.get("/collection/statistics")),
                ServerRpc.unary(
                        MilvusServiceGrpc.getShowCollectionsMethod(), this::show, HttpRoute.get("/collections")));
    }

    void create(CreateCollectionRequest r) {
        engine.createCollection(SchemaCodec.toEngine(
                r.getCollectionName(), r.getSchema(), r.getShardsNum(), r.getConsistencyLevelValue()));
    }

    void drop(DropCollectionRequest r) {
        engine.dropCollection(r.getCollectionName());
    }

    void load(LoadCollectionRequest r) {
        engine.loadCollection(r.getCollectionName(), r.getReplicaNumber());
    }

    void release(ReleaseCollectionRequest r) {
        engine.releaseCollection(r.getCollectionName());
    }

    BoolResponse has(HasCollectionRequest r) {
        return BoolResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setValue(engine.hasCollection(r.getCollectionName()))
                .build();
    }

    DescribeCollectionResponse describe(DescribeCollectionRequest r) {
        CollectionDescription d = engine.describeCollection(r.getCollectionName());
        return DescribeCollectionResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setSchema(SchemaCodec.toWire(d.schema()))
                .setCollectionID(d.collectionId())
                .setCollectionName(d.schema().name())
                .addAllVirtualChannelNames(d.virtualChannels())
                .addAllPhysicalChannelNames(d.virtualChannels())
                .setCreatedTimestamp(d.createdTimestamp())
                .setCreatedUtcTimestamp(d.createdUtcMs())
                .setShardsNum(Math.max(1, d.schema().shardsNum()))
                .addAllAliases(d.aliases())
                .setConsistencyLevelValue(d.schema().consistencyLevel())
                .setDbName(Databases.DEFAULT)
                .setNumPartitions(engine.showPartitions(d.schema().name(), List.of(), false)
                        .size())
                .build();
    }

    ShowCollectionsResponse show(ShowCollectionsRequest r) {
        boolean inMemory = r.getType() == ShowType.InMemory;
        ShowCollectionsResponse.Builder b = ShowCollectionsResponse.newBuilder().setStatus(Statuses.SUCCESS);
        for (CollectionInfo c : engine.showCollections(r.getCollectionNamesList(), inMemory)) {
            b.addCollectionNames(c.name())
                    .addCollectionIds(c.collectionId())
                    .addCreatedTimestamps(c.createdTimestamp())
                    .addCreatedUtcTimestamps(c.createdUtcMs())
                    .addInMemoryPercentages(c.inMemoryPercentage())
                    .addQueryServiceAvailable(c.loadState() == LoadState.LOADED);
        }
        return b.build();
    }

    GetCollectionStatisticsResponse statistics(GetCollectionStatisticsRequest r) {
        long rows = engine.collectionRowCount(r.getCollectionName());
        return GetCollectionStatisticsResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .addStats(KeyValuePair.newBuilder().setKey("row_count").setValue(Long.toString(rows)))
                .build();
    }
}
