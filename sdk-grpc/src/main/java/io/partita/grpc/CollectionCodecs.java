package io.partita.grpc;

import io.partita.model.BoolResponse;
import io.partita.model.ConsistencyLevel;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.FlushResponse;
import io.partita.model.GetCollectionStatisticsResponse;
import io.partita.model.GetLoadStateResponse;
import io.partita.model.GetLoadingProgressResponse;
import io.partita.model.LoadState;
import io.partita.model.LongArray;
import io.partita.model.ShowCollectionsResponse;
import io.partita.transport.Operations;
import io.partita.wire.AlterCollectionRequest;
import io.partita.wire.DescribeCollectionRequest;
import io.partita.wire.DropCollectionRequest;
import io.partita.wire.FlushRequest;
import io.partita.wire.GetCollectionStatisticsRequest;
import io.partita.wire.GetLoadStateRequest;
import io.partita.wire.GetLoadingProgressRequest;
import io.partita.wire.HasCollectionRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.ReleaseCollectionRequest;
import io.partita.wire.RenameCollectionRequest;
import io.partita.wire.ShowCollectionsRequest;

/** Codecs of the collection RPCs (create, drop, rename, alter, has, load, release, describe, statistics, show, flush, load progress). */
final class CollectionCodecs {
    private CollectionCodecs() {}

    static void register(CodecTable t) {
        t.put(
                Operations.CREATE_COLLECTION,
                (stub, p, db) -> WireValues.status(stub.createCollection(SchemaCodec.createRequest(p, db))));
        t.put(
                Operations.DROP_COLLECTION,
                (stub, p, db) -> WireValues.status(stub.dropCollection(DropCollectionRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .build())));
        t.put(
                Operations.RENAME_COLLECTION,
                (stub, p, db) -> WireValues.status(stub.renameCollection(RenameCollectionRequest.newBuilder()
                        .setDbName(p.getOldDatabaseName().isEmpty() ? db : p.getOldDatabaseName())
                        .setOldName(p.getOldCollectionName())
                        .setNewName(p.getNewCollectionName())
                        .setNewDBName(p.getNewDatabaseName())
                        .build())));
        t.put(
                Operations.ALTER_COLLECTION,
                (stub, p, db) -> WireValues.status(stub.alterCollection(AlterCollectionRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .addAllProperties(WireValues.toWirePairs(p.getProperties()))
                        .addAllDeleteKeys(p.getDeleteKeys())
                        .build())));
        t.put(Operations.HAS_COLLECTION, (stub, p, db) -> {
            io.partita.wire.BoolResponse r = stub.hasCollection(HasCollectionRequest.newBuilder()
                    .setDbName(db)
                    .setCollectionName(p.getCollectionName())
                    .build());
            return BoolResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setValue(r.getValue())
                    .build();
        });
        t.put(
                Operations.LOAD_COLLECTION,
                (stub, p, db) -> WireValues.status(stub.loadCollection(LoadCollectionRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .setReplicaNumber(p.getReplicaNumber())
                        .setRefresh(p.isRefresh())
                        .addAllLoadFields(p.getLoadFields())
                        .setSkipLoadDynamicField(p.isSkipLoadDynamicField())
                        .addAllResourceGroups(p.getResourceGroups())
                        .build())));
        t.put(
                Operations.RELEASE_COLLECTION,
                (stub, p, db) -> WireValues.status(stub.releaseCollection(ReleaseCollectionRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .build())));
        t.put(
                Operations.DESCRIBE_COLLECTION,
                (stub, p, db) -> describe(stub.describeCollection(DescribeCollectionRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .build())));
        t.put(Operations.GET_COLLECTION_STATISTICS, (stub, p, db) -> {
            io.partita.wire.GetCollectionStatisticsResponse r =
                    stub.getCollectionStatistics(GetCollectionStatisticsRequest.newBuilder()
                            .setDbName(db)
                            .setCollectionName(p.getCollectionName())
                            .build());
            return GetCollectionStatisticsResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .addAllStats(WireValues.pairs(r.getStatsList()))
                    .build();
        });
        t.put(
                Operations.SHOW_COLLECTIONS,
                (stub, p, db) -> showCollections(stub.showCollections(ShowCollectionsRequest.newBuilder()
                        .setDbName(db)
                        .addAllCollectionNames(p.getCollectionNames())
                        .setTypeValue(p.getShowType().getNumber())
                        .build())));
        t.put(
                Operations.FLUSH,
                (stub, p, db) -> flush(stub.flush(FlushRequest.newBuilder()
                        .setDbName(db)
                        .addAllCollectionNames(p.getCollectionNames())
                        .build())));
        t.put(Operations.GET_LOADING_PROGRESS, (stub, p, db) -> {
            io.partita.wire.GetLoadingProgressResponse r =
                    stub.getLoadingProgress(GetLoadingProgressRequest.newBuilder()
                            .setDbName(db)
                            .setCollectionName(p.getCollectionName())
                            .addAllPartitionNames(p.getPartitionNames())
                            .build());
            return GetLoadingProgressResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setProgress(r.getProgress())
                    .setRefreshProgress(r.getRefreshProgress())
                    .build();
        });
        t.put(Operations.GET_LOAD_STATE, (stub, p, db) -> {
            io.partita.wire.GetLoadStateResponse r = stub.getLoadState(GetLoadStateRequest.newBuilder()
                    .setDbName(db)
                    .setCollectionName(p.getCollectionName())
                    .addAllPartitionNames(p.getPartitionNames())
                    .build());
            GetLoadStateResponse.Builder b =
                    GetLoadStateResponse.newBuilder().setStatus(WireValues.status(r.getStatus()));
            LoadState state = LoadState.forNumber(r.getStateValue());
            if (state != null) {
                b.setState(state);
            }
            return b.build();
        });
    }

    /** A wire DescribeCollection answer as the model's (DescribeCollection, and each of BatchDescribeCollection's). */
    static DescribeCollectionResponse describe(io.partita.wire.DescribeCollectionResponse r) {
        DescribeCollectionResponse.Builder b = DescribeCollectionResponse.newBuilder()
                .setStatus(WireValues.status(r.getStatus()))
                .setCollectionID(r.getCollectionID())
                .setCollectionName(r.getCollectionName())
                .addAllVirtualChannelNames(r.getVirtualChannelNamesList())
                .addAllPhysicalChannelNames(r.getPhysicalChannelNamesList())
                .setCreatedTimestamp(r.getCreatedTimestamp())
                .setCreatedUtcTimestamp(r.getCreatedUtcTimestamp())
                .setShardsNum(r.getShardsNum())
                .addAllAliases(r.getAliasesList())
                .addAllProperties(WireValues.pairs(r.getPropertiesList()));
        if (r.hasSchema()) {
            b.setSchema(SchemaCodec.fromWire(r.getSchema()));
        }
        ConsistencyLevel level = ConsistencyLevel.forNumber(r.getConsistencyLevelValue());
        if (level != null) {
            b.setConsistencyLevel(level);
        }
        return b.build();
    }

    private static ShowCollectionsResponse showCollections(io.partita.wire.ShowCollectionsResponse r) {
        return ShowCollectionsResponse.newBuilder()
                .setStatus(WireValues.status(r.getStatus()))
                .addAllCollectionNames(r.getCollectionNamesList())
                .addAllCollectionIds(r.getCollectionIdsList())
                .addAllCreatedTimestamps(r.getCreatedTimestampsList())
                .addAllCreatedUtcTimestamps(r.getCreatedUtcTimestampsList())
                .addAllInMemoryPercentages(r.getInMemoryPercentagesList())
                .build();
    }

    private static FlushResponse flush(io.partita.wire.FlushResponse r) {
        FlushResponse.Builder b = FlushResponse.newBuilder()
                .setStatus(WireValues.status(r.getStatus()))
                .setDbName(r.getDbName());
        r.getCollSegIDsMap()
                .forEach((name, ids) -> b.putCollSegIDs(
                        name,
                        LongArray.newBuilder().addAllData(ids.getDataList()).build()));
        return b.build();
    }
}
