package io.partita.v2.client;

import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.GetLoadStateResponse;
import io.partita.model.LoadState;
import io.partita.param.collection.AlterCollectionParam;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.DescribeCollectionParam;
import io.partita.param.collection.DropCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.GetCollectionStatisticsParam;
import io.partita.param.collection.GetLoadStateParam;
import io.partita.param.collection.GetLoadingProgressParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.collection.ReleaseCollectionParam;
import io.partita.param.collection.RenameCollectionParam;
import io.partita.param.collection.ShowCollectionsParam;
import io.partita.param.partition.ShowPartitionsParam;
import io.partita.response.GetCollStatResponseWrapper;
import io.partita.v2.common.IndexParam;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.collection.CollectionInfo;
import io.partita.v2.service.collection.request.AlterCollectionPropertiesReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.DescribeCollectionReq;
import io.partita.v2.service.collection.request.DropCollectionPropertiesReq;
import io.partita.v2.service.collection.request.DropCollectionReq;
import io.partita.v2.service.collection.request.GetCollectionStatsReq;
import io.partita.v2.service.collection.request.GetLoadStateReq;
import io.partita.v2.service.collection.request.HasCollectionReq;
import io.partita.v2.service.collection.request.LoadCollectionReq;
import io.partita.v2.service.collection.request.ReleaseCollectionReq;
import io.partita.v2.service.collection.request.RenameCollectionReq;
import io.partita.v2.service.collection.response.DescribeCollectionResp;
import io.partita.v2.service.collection.response.GetCollectionStatsResp;
import io.partita.v2.service.collection.response.GetLoadStateResp;
import io.partita.v2.service.collection.response.ListCollectionsResp;
import java.util.ArrayList;
import java.util.List;

/** The collection calls of {@link MilvusClientV2}, each through one sdk-core call (or the official sequence of them). */
final class CollectionOps {
    private CollectionOps() {}

    /**
     * As the official client: create, then build the indexes (quick setup: AUTOINDEX on the vector
     * field with {@code metricType}) and, when there are any, start loading without waiting.
     */
    static void create(Session s, CreateCollectionReq r) {
        s.checkDatabase(r.getDatabaseName());
        List<FieldType> fields = new ArrayList<>();
        List<IndexParam> indexes = new ArrayList<>(r.getIndexParams());
        if (r.getCollectionSchema() == null) {
            fields.addAll(Schemas.quickSetupFields(r));
            IndexParam.MetricType metric;
            try {
                metric = IndexParam.MetricType.valueOf(r.getMetricType());
            } catch (IllegalArgumentException e) {
                throw Checks.invalid("CreateCollectionReq.metricType '" + r.getMetricType() + "' is not a metric type");
            }
            indexes.add(IndexParam.builder()
                    .fieldName(r.getVectorFieldName())
                    .metricType(metric)
                    .build());
        } else {
            for (CreateCollectionReq.FieldSchema f : r.getCollectionSchema().getFieldSchemaList()) {
                fields.add(Schemas.toFieldType(f));
            }
        }
        CreateCollectionParam param = Failures.params(() -> CreateCollectionParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withDescription(r.getDescription())
                .withShardsNum(r.getNumShards())
                .withConsistencyLevel(
                        ConsistencyLevelEnum.valueOf(r.getConsistencyLevel().name()))
                .withFieldTypes(fields)
                .withStructArrayFields(
                        r.getCollectionSchema() == null
                                ? List.of()
                                : r.getCollectionSchema().getStructFields().stream()
                                        .map(Schemas::toStruct)
                                        .collect(java.util.stream.Collectors.toList()))
                .withFunctions(
                        r.getCollectionSchema() == null ? List.of() : Schemas.toFunctions(r.getCollectionSchema()))
                .withPartitionsNum(r.getNumPartitions() == null ? 0 : r.getNumPartitions())
                .withEnableDynamicField(
                        r.getCollectionSchema() == null
                                ? r.getEnableDynamicField()
                                : r.getCollectionSchema().isEnableDynamicField())
                .build());
        Failures.orThrow(s.v1.createCollection(param));
        if (indexes.isEmpty()) {
            return;
        }
        for (IndexParam index : indexes) {
            IndexOps.createOne(s, r.getCollectionName(), index, false, 60_000L);
        }
        Failures.orThrow(s.v1.loadCollection(Failures.params(() -> LoadCollectionParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withSyncLoad(false)
                .build())));
    }

    static DescribeCollectionResp describe(Session s, DescribeCollectionReq r) {
        s.checkDatabase(r.getDatabaseName());
        String name = r.getCollectionName() == null || r.getCollectionName().isBlank()
                ? nameOf(s, r.getCollectionId())
                : r.getCollectionName();
        DescribeCollectionResponse d = describeRaw(s, name);
        long partitions = Failures.orThrow(s.v1.showPartitions(Failures.params(() -> ShowPartitionsParam.newBuilder()
                        .withCollectionName(name)
                        .build())))
                .getPartitionNamesCount();
        return Schemas.toDescribeResp(d, s.dbName, partitions);
    }

    static DescribeCollectionResponse describeRaw(Session s, String collectionName) {
        return Failures.orThrow(s.v1.describeCollection(Failures.params(() -> DescribeCollectionParam.newBuilder()
                .withCollectionName(collectionName)
                .build())));
    }

    static boolean has(Session s, HasCollectionReq r) {
        s.checkDatabase(r.getDatabaseName());
        return Failures.orThrow(s.v1.hasCollection(Failures.params(() -> HasCollectionParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .build())));
    }

    /**
     * The name of the collection with id {@code id}, read from ShowCollections (sdk-core's
     * DescribeCollection names its collection; the official client sends the id in
     * DescribeCollectionRequest.collectionID instead). An unknown id fails as Milvus answers it
     * (merr.WrapErrCollectionNotFound: code 100, legacy CollectionNotExists).
     */
    private static String nameOf(Session s, long id) {
        io.partita.model.ShowCollectionsResponse all = Failures.orThrow(
                s.v1.showCollections(ShowCollectionsParam.newBuilder().build()));
        for (int i = 0; i < all.getCollectionIdsCount(); i++) {
            if (all.getCollectionIds(i) == id) {
                return all.getCollectionNames(i);
            }
        }
        throw new io.partita.v2.exception.MilvusClientException(
                io.partita.v2.exception.ErrorCode.SERVER_ERROR,
                "collection not found[collection=" + id + "]",
                100,
                io.partita.model.ErrorCode.CollectionNotExists.getNumber());
    }

    static ListCollectionsResp list(Session s, String databaseName) {
        s.checkDatabase(databaseName);
        List<String> names = Failures.orThrow(
                        s.v1.showCollections(ShowCollectionsParam.newBuilder().build()))
                .getCollectionNamesList();
        List<CollectionInfo> infos = new ArrayList<>();
        for (String name : names) {
            // the server reports no shard numbers (Milvus 2.6.1+'s shards_num): null, as the official client leaves it
            infos.add(CollectionInfo.builder().collectionName(name).build());
        }
        return ListCollectionsResp.builder()
                .collectionNames(names)
                .collectionInfos(infos)
                .build();
    }

    static void drop(Session s, DropCollectionReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.dropCollection(Failures.params(() -> DropCollectionParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .build())));
    }

    static void rename(Session s, RenameCollectionReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.renameCollection(Failures.params(() -> RenameCollectionParam.newBuilder()
                .withOldCollectionName(r.getCollectionName())
                .withNewCollectionName(r.getNewCollectionName())
                .withNewDatabaseName(r.getTargetDbName())
                .build())));
    }

    /** AlterCollection setting properties (alterCollectionProperties). */
    static void alterProperties(Session s, AlterCollectionPropertiesReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.alterCollection(Failures.params(() -> {
            AlterCollectionParam.Builder b =
                    AlterCollectionParam.newBuilder().withCollectionName(r.getCollectionName());
            r.getProperties().forEach(b::withProperty);
            return b.build();
        })));
    }

    /** AlterCollection removing keys (dropCollectionProperties; delete_keys, Milvus 2.5+). */
    static void dropProperties(Session s, DropCollectionPropertiesReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.alterCollection(Failures.params(() -> {
            AlterCollectionParam.Builder b =
                    AlterCollectionParam.newBuilder().withCollectionName(r.getCollectionName());
            r.getPropertyKeys().forEach(b::withDeleteKey);
            return b.build();
        })));
    }

    static void load(Session s, LoadCollectionReq r) {
        s.checkDatabase(r.getDatabaseName());
        boolean sync = Boolean.TRUE.equals(r.getSync()) && !Boolean.TRUE.equals(r.getAsync());
        long seconds = sync ? Waits.seconds(r.getTimeout(), 300, "LoadCollectionReq.timeout") : 60;
        Failures.orThrow(s.v1.loadCollection(Failures.params(() -> LoadCollectionParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withReplicaNumber(r.getNumReplicas())
                .withLoadFields(r.getLoadFields())
                .withSkipLoadDynamicField(r.getSkipLoadDynamicField())
                .withResourceGroups(r.getResourceGroups())
                .withSyncLoad(sync)
                .withSyncLoadWaitingTimeout(seconds)
                .build())));
    }

    static void release(Session s, ReleaseCollectionReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.releaseCollection(Failures.params(() -> ReleaseCollectionParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .build())));
    }

    /** @return whether the collection (or the named partition) is fully loaded */
    static boolean loadState(Session s, GetLoadStateReq r) {
        s.checkDatabase(r.getDatabaseName());
        GetLoadStateParam.Builder b = GetLoadStateParam.newBuilder().withCollectionName(r.getCollectionName());
        if (r.getPartitionName() != null && !r.getPartitionName().isEmpty()) {
            b.withPartitionNames(List.of(r.getPartitionName()));
        }
        GetLoadStateResponse state = Failures.orThrow(s.v1.getLoadState(Failures.params(b::build)));
        return state.getState() == LoadState.LoadStateLoaded;
    }

    /**
     * The load state and, while loading, the progress (GetLoadingProgress), as the official
     * client's getLoadStateV2 asks them.
     */
    static GetLoadStateResp loadStateV2(Session s, GetLoadStateReq r) {
        s.checkDatabase(r.getDatabaseName());
        List<String> partitions =
                r.getPartitionName() != null && !r.getPartitionName().isEmpty()
                        ? List.of(r.getPartitionName())
                        : List.of();
        GetLoadStateParam.Builder b = GetLoadStateParam.newBuilder().withCollectionName(r.getCollectionName());
        if (!partitions.isEmpty()) {
            b.withPartitionNames(partitions);
        }
        LoadState state =
                Failures.orThrow(s.v1.getLoadState(Failures.params(b::build))).getState();
        GetLoadStateResp.GetLoadStateRespBuilder out =
                GetLoadStateResp.builder().state(state);
        if (state == LoadState.LoadStateLoading) {
            GetLoadingProgressParam.Builder p =
                    GetLoadingProgressParam.newBuilder().withCollectionName(r.getCollectionName());
            if (!partitions.isEmpty()) {
                p.withPartitionNames(partitions);
            }
            out.progress(Failures.orThrow(s.v1.getLoadingProgress(Failures.params(p::build)))
                    .getProgress());
        }
        return out.build();
    }

    static GetCollectionStatsResp stats(Session s, GetCollectionStatsReq r) {
        s.checkDatabase(r.getDatabaseName());
        io.partita.model.GetCollectionStatisticsResponse answer = Failures.orThrow(
                s.v1.getCollectionStatistics(Failures.params(() -> GetCollectionStatisticsParam.newBuilder()
                        .withCollectionName(r.getCollectionName())
                        .withFlush(false) // as the official V2 client: no flush first
                        .build())));
        long rows = new GetCollStatResponseWrapper(answer).getRowCount();
        return GetCollectionStatsResp.builder()
                .numOfEntities(rows)
                .stats(Entities.stats(answer.getStatsList()))
                .build();
    }
}
