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
import io.partita.wire.ReleaseCollectionRequest;
import io.partita.wire.ShowCollectionsRequest;
import io.partita.wire.ShowCollectionsResponse;
import io.partita.wire.ShowType;
import io.partita.wire.Status;
import java.util.List;

/** Collection RPCs: create, drop, has, describe, show, statistics, load, release. */
final class CollectionRpcs {
    private final Engine engine;

    CollectionRpcs(Engine engine) {
        this.engine = engine;
    }

    void create(CreateCollectionRequest r) {
        Databases.check(r.getDbName());
        engine.createCollection(SchemaCodec.toEngine(
                r.getCollectionName(), r.getSchema(), r.getShardsNum(), r.getConsistencyLevelValue()));
    }

    void drop(DropCollectionRequest r) {
        Databases.check(r.getDbName());
        engine.dropCollection(r.getCollectionName());
    }

    void load(LoadCollectionRequest r) {
        Databases.check(r.getDbName());
        engine.loadCollection(r.getCollectionName(), r.getReplicaNumber());
    }

    void release(ReleaseCollectionRequest r) {
        Databases.check(r.getDbName());
        engine.releaseCollection(r.getCollectionName());
    }

    BoolResponse has(HasCollectionRequest r) {
        Databases.check(r.getDbName());
        return BoolResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setValue(engine.hasCollection(r.getCollectionName()))
                .build();
    }

    static BoolResponse hasFailed(Status s) {
        return BoolResponse.newBuilder().setStatus(s).build();
    }

    DescribeCollectionResponse describe(DescribeCollectionRequest r) {
        Databases.check(r.getDbName());
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

    static DescribeCollectionResponse describeFailed(Status s) {
        return DescribeCollectionResponse.newBuilder().setStatus(s).build();
    }

    ShowCollectionsResponse show(ShowCollectionsRequest r) {
        Databases.check(r.getDbName());
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

    static ShowCollectionsResponse showFailed(Status s) {
        return ShowCollectionsResponse.newBuilder().setStatus(s).build();
    }

    GetCollectionStatisticsResponse statistics(GetCollectionStatisticsRequest r) {
        Databases.check(r.getDbName());
        long rows = engine.collectionRowCount(r.getCollectionName());
        return GetCollectionStatisticsResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .addStats(KeyValuePair.newBuilder().setKey("row_count").setValue(Long.toString(rows)))
                .build();
    }

    static GetCollectionStatisticsResponse statisticsFailed(Status s) {
        return GetCollectionStatisticsResponse.newBuilder().setStatus(s).build();
    }
}
