package io.partita.server.grpc;

import static io.partita.server.grpc.ServerRpc.status;
import static io.partita.server.grpc.ServerRpc.unary;
import static io.partita.wire.MilvusServiceGrpc.getAddCollectionFieldMethod;
import static io.partita.wire.MilvusServiceGrpc.getAlterCollectionFieldMethod;
import static io.partita.wire.MilvusServiceGrpc.getAlterCollectionMethod;
import static io.partita.wire.MilvusServiceGrpc.getBatchDescribeCollectionMethod;
import static io.partita.wire.MilvusServiceGrpc.getCreateCollectionMethod;
import static io.partita.wire.MilvusServiceGrpc.getDescribeCollectionMethod;
import static io.partita.wire.MilvusServiceGrpc.getDropCollectionMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetCollectionStatisticsMethod;
import static io.partita.wire.MilvusServiceGrpc.getHasCollectionMethod;
import static io.partita.wire.MilvusServiceGrpc.getLoadCollectionMethod;
import static io.partita.wire.MilvusServiceGrpc.getReleaseCollectionMethod;
import static io.partita.wire.MilvusServiceGrpc.getRenameCollectionMethod;
import static io.partita.wire.MilvusServiceGrpc.getShowCollectionsMethod;
import static io.partita.wire.MilvusServiceGrpc.getTruncateCollectionMethod;

import io.partita.server.auth.AccessControl;
import io.partita.server.auth.Caller;
import io.partita.server.engine.DatabaseScope;
import io.partita.server.engine.Engine;
import io.partita.server.model.CollectionDescription;
import io.partita.server.model.CollectionInfo;
import io.partita.server.model.EngineException;
import io.partita.server.model.LoadOptions;
import io.partita.server.model.LoadState;
import io.partita.wire.AddCollectionFieldRequest;
import io.partita.wire.AlterCollectionFieldRequest;
import io.partita.wire.AlterCollectionRequest;
import io.partita.wire.BatchDescribeCollectionRequest;
import io.partita.wire.BatchDescribeCollectionResponse;
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
import io.partita.wire.RenameCollectionRequest;
import io.partita.wire.ShowCollectionsRequest;
import io.partita.wire.ShowCollectionsResponse;
import io.partita.wire.ShowType;
import io.partita.wire.TruncateCollectionRequest;
import io.partita.wire.TruncateCollectionResponse;
import java.util.List;
import java.util.Set;

/** Collection RPCs: create, drop, has, describe, show, statistics, load, release, alter, rename. */
final class CollectionRpcs {
    private final Engine engine;
    /** With authentication on (Milvus 2.4+): ShowCollections lists what the caller's grants name. */
    private AccessControl access;

    CollectionRpcs(Engine engine) {
        this.engine = engine;
    }

    /** Filters ShowCollections by the caller's grants (null: no filter). */
    CollectionRpcs filteringCollectionsBy(AccessControl access) {
        this.access = access;
        return this;
    }

    /** The collection RPCs' declarations. */
    List<ServerRpc<?, ?>> rpcs() {
        return List.of(
                status(getCreateCollectionMethod(), this::create),
                status(getDropCollectionMethod(), this::drop),
                unary(getHasCollectionMethod(), this::has),
                unary(getDescribeCollectionMethod(), this::describe),
                status(getLoadCollectionMethod(), this::load),
                status(getReleaseCollectionMethod(), this::release),
                unary(getGetCollectionStatisticsMethod(), this::statistics),
                unary(getShowCollectionsMethod(), this::show));
    }

    /** AlterCollection and RenameCollection: Milvus 2.2+ (2.1 had neither: UNIMPLEMENTED there). */
    List<ServerRpc<?, ?>> since22() {
        return List.of(
                status(getAlterCollectionMethod(), this::alter), status(getRenameCollectionMethod(), this::rename));
    }

    /**
     * AddCollectionField, AlterCollectionField, TruncateCollection and BatchDescribeCollection: Milvus 2.6
     * (UNIMPLEMENTED on the older profiles, as their servers answered).
     */
    List<ServerRpc<?, ?>> since26() {
        return List.of(
                status(getAddCollectionFieldMethod(), this::addField),
                status(getAlterCollectionFieldMethod(), this::alterField),
                unary(getTruncateCollectionMethod(), this::truncate),
                unary(getBatchDescribeCollectionMethod(), this::batchDescribe));
    }

    void alterField(AlterCollectionFieldRequest r) {
        engine.alterCollectionField(
                r.getCollectionName(),
                r.getFieldName(),
                SchemaCodec.toMap(r.getPropertiesList()),
                r.getDeleteKeysList());
    }

    TruncateCollectionResponse truncate(TruncateCollectionRequest r) {
        engine.truncateCollection(r.getCollectionName());
        return TruncateCollectionResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .build();
    }

    /**
     * One DescribeCollection answer per named collection, in order; a collection that cannot be
     * described answers its own failing status in its place, the call as a whole succeeding.
     * Describing by id is not served (the reference server resolves names only).
     */
    BatchDescribeCollectionResponse batchDescribe(BatchDescribeCollectionRequest r) {
        if (r.getCollectionIDCount() > 0) {
            throw Statuses.invalid("describing collections by id is not supported by the Partita reference server");
        }
        BatchDescribeCollectionResponse.Builder b =
                BatchDescribeCollectionResponse.newBuilder().setStatus(Statuses.SUCCESS);
        for (String name : r.getCollectionNameList()) {
            try {
                b.addResponses(describe(DescribeCollectionRequest.newBuilder()
                        .setDbName(r.getDbName())
                        .setCollectionName(name)
                        .build()));
            } catch (EngineException e) {
                b.addResponses(DescribeCollectionResponse.newBuilder()
                        .setStatus(Statuses.of(e))
                        .setCollectionName(name));
            }
        }
        return b.build();
    }

    void addField(AddCollectionFieldRequest r) {
        engine.addCollectionField(
                r.getCollectionName(), SchemaCodec.fieldToEngine(r.getCollectionName(), r.getSchema()));
    }

    void create(CreateCollectionRequest r) {
        engine.createCollection(
                SchemaCodec.toEngine(
                        r.getCollectionName(), r.getSchema(), r.getShardsNum(), r.getConsistencyLevelValue()),
                r.getNumPartitions());
    }

    void alter(AlterCollectionRequest r) {
        engine.alterCollection(r.getCollectionName(), SchemaCodec.toMap(r.getPropertiesList()), r.getDeleteKeysList());
    }

    void rename(RenameCollectionRequest r) {
        String db = DatabaseScope.current();
        if (!r.getNewDBName().isEmpty() && !r.getNewDBName().equals(db)) {
            // moving a collection to another database is not served: each database is its own engine
            throw Statuses.invalid("renaming collection " + r.getOldName() + " into another database ("
                    + r.getNewDBName() + ") is not supported by the Partita reference server");
        }
        engine.renameCollection(r.getOldName(), r.getNewName());
    }

    void drop(DropCollectionRequest r) {
        engine.dropCollection(r.getCollectionName());
    }

    void load(LoadCollectionRequest r) {
        engine.loadCollection(
                r.getCollectionName(),
                r.getReplicaNumber(),
                r.getResourceGroupsList(),
                new LoadOptions(r.getLoadFieldsList(), r.getSkipLoadDynamicField(), r.getRefresh()));
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
                .setDbName(DatabaseScope.current())
                .addAllProperties(SchemaCodec.toPairs(d.properties()))
                .setNumPartitions(engine.showPartitions(d.schema().name(), List.of(), false)
                        .size())
                .build();
    }

    ShowCollectionsResponse show(ShowCollectionsRequest r) {
        boolean inMemory = r.getType() == ShowType.InMemory;
        ShowCollectionsResponse.Builder b = ShowCollectionsResponse.newBuilder().setStatus(Statuses.SUCCESS);
        String user = access == null ? null : Caller.current();
        Set<String> visible =
                user == null ? null : access.collectionsVisibleTo(user, Databases.effective(r.getDbName()));
        for (CollectionInfo c : engine.showCollections(r.getCollectionNamesList(), inMemory)) {
            if (visible != null && !visible.contains(c.name())) {
                continue;
            }
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
