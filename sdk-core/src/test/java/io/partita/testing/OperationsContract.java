package io.partita.testing;

import static io.partita.testing.Outcome.failure;
import static io.partita.testing.Outcome.success;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.model.CalcDistanceResults;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.DescribeIndexResponse;
import io.partita.model.FlushResponse;
import io.partita.model.GetCompactionStateResponse;
import io.partita.model.GetIndexBuildProgressResponse;
import io.partita.model.GetLoadStateResponse;
import io.partita.model.GetLoadingProgressResponse;
import io.partita.model.GetMetricsResponse;
import io.partita.model.GetQuerySegmentInfoResponse;
import io.partita.model.IndexState;
import io.partita.model.LoadState;
import io.partita.model.LongArray;
import io.partita.model.ManualCompactionResponse;
import io.partita.model.MutationResult;
import io.partita.model.QueryResults;
import io.partita.model.QuerySegmentInfo;
import io.partita.model.SearchResults;
import io.partita.model.ShowCollectionsResponse;
import io.partita.model.ShowPartitionsResponse;
import io.partita.model.ShowType;
import io.partita.param.IndexType;
import io.partita.param.MetricType;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.alias.AlterAliasParam;
import io.partita.param.alias.CreateAliasParam;
import io.partita.param.alias.DropAliasParam;
import io.partita.param.collection.DescribeCollectionParam;
import io.partita.param.collection.DropCollectionParam;
import io.partita.param.collection.FlushParam;
import io.partita.param.collection.GetCollectionStatisticsParam;
import io.partita.param.collection.GetLoadStateParam;
import io.partita.param.collection.GetLoadingProgressParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.collection.ReleaseCollectionParam;
import io.partita.param.collection.ShowCollectionsParam;
import io.partita.param.control.GetCompactionPlansParam;
import io.partita.param.control.GetCompactionStateParam;
import io.partita.param.control.GetFlushStateParam;
import io.partita.param.control.GetMetricsParam;
import io.partita.param.control.GetPersistentSegmentInfoParam;
import io.partita.param.control.GetQuerySegmentInfoParam;
import io.partita.param.control.GetReplicasParam;
import io.partita.param.control.LoadBalanceParam;
import io.partita.param.control.ManualCompactionParam;
import io.partita.param.credential.CreateCredentialParam;
import io.partita.param.credential.DeleteCredentialParam;
import io.partita.param.credential.ListCredUsersParam;
import io.partita.param.credential.UpdateCredentialParam;
import io.partita.param.dml.CalcDistanceParam;
import io.partita.param.dml.DeleteParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.index.CreateIndexParam;
import io.partita.param.index.DescribeIndexParam;
import io.partita.param.index.DropIndexParam;
import io.partita.param.index.GetIndexBuildProgressParam;
import io.partita.param.index.GetIndexStateParam;
import io.partita.param.partition.DropPartitionParam;
import io.partita.param.partition.GetPartitionStatisticsParam;
import io.partita.param.partition.HasPartitionParam;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.param.partition.ReleasePartitionsParam;
import io.partita.param.partition.ShowPartitionsParam;
import io.partita.response.DescCollResponseWrapper;
import io.partita.response.GetCollStatResponseWrapper;
import io.partita.response.GetPartStatResponseWrapper;
import io.partita.response.MutationResultWrapper;
import io.partita.response.QueryResultsWrapper;
import io.partita.response.SearchResultsWrapper;
import io.partita.response.ShowPartResponseWrapper;
import io.partita.transport.TransportFailure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The happy path of every operation the client offers, once, through the public API. */
public abstract class OperationsContract extends ContractSupport {

    private static HasCollectionParam has(String name) {
        return HasCollectionParam.newBuilder().withCollectionName(name).build();
    }

    @Test
    void createHasDescribeShowAndDropACollection() {
        String name = newCollection();

        assertThat(client().hasCollection(has(name)).getData()).isTrue();
        DescribeCollectionResponse described = client().describeCollection(DescribeCollectionParam.newBuilder()
                        .withCollectionName(name)
                        .build())
                .orThrow();
        DescCollResponseWrapper wrapper = new DescCollResponseWrapper(described);
        assertThat(wrapper.getCollectionName()).isEqualTo(name);
        assertThat(wrapper.getPrimaryField().getName()).isEqualTo("id");
        assertThat(wrapper.getVectorField().getDimension()).isEqualTo(DIM);
        ShowCollectionsResponse shown = client().showCollections(
                        ShowCollectionsParam.newBuilder().build())
                .orThrow();
        assertThat(shown.getCollectionNamesList()).contains(name);

        assertSuccess(client().dropCollection(DropCollectionParam.newBuilder()
                .withCollectionName(name)
                .build()));
        assertThat(client().hasCollection(has(name)).getData()).isFalse();
    }

    @Test
    void createHasShowStatisticsAndDropAPartition() {
        Fixture f = collectionWithTwoPartitions();

        assertThat(client().hasPartition(HasPartitionParam.newBuilder()
                                .withCollectionName(f.name)
                                .withPartitionName("p1")
                                .build())
                        .getData())
                .isTrue();
        ShowPartResponseWrapper shown =
                new ShowPartResponseWrapper(client().showPartitions(ShowPartitionsParam.newBuilder()
                                .withCollectionName(f.name)
                                .build())
                        .orThrow());
        assertThat(shown.getPartitionsInfo())
                .extracting(ShowPartResponseWrapper.PartitionInfo::getName)
                .containsExactlyInAnyOrder("_default", "p1", "p2");
        assertSuccess(
                client().flush(FlushParam.newBuilder().addCollectionName(f.name).build()));
        long rows = new GetPartStatResponseWrapper(
                        client().getPartitionStatistics(GetPartitionStatisticsParam.newBuilder()
                                        .withCollectionName(f.name)
                                        .withPartitionName("p1")
                                        .build())
                                .orThrow())
                .getRowCount();
        assertThat(rows).isEqualTo(P1_IDS.size());

        assertSuccess(client().dropPartition(DropPartitionParam.newBuilder()
                .withCollectionName(f.name)
                .withPartitionName("p2")
                .build()));
        assertThat(client().hasPartition(HasPartitionParam.newBuilder()
                                .withCollectionName(f.name)
                                .withPartitionName("p2")
                                .build())
                        .getData())
                .isFalse();
    }

    @Test
    void flushSealsTheDataAndCollectionStatisticsCountIt() {
        Fixture f = collectionWithTwoPartitions();

        FlushResponse flushed = client().flush(
                        FlushParam.newBuilder().addCollectionName(f.name).build())
                .orThrow();

        List<Long> segments = new ArrayList<>();
        for (LongArray ids : flushed.getCollSegIDsMap().values()) {
            segments.addAll(ids.getDataList());
        }
        if (!segments.isEmpty()) {
            R<?> state = client().getFlushState(GetFlushStateParam.newBuilder()
                    .withSegmentIDs(segments)
                    .build());
            if (supported("GetFlushState", state)) {
                assertThat(client().getFlushState(GetFlushStateParam.newBuilder()
                                        .withSegmentIDs(segments)
                                        .build())
                                .orThrow()
                                .getFlushed())
                        .isTrue();
            }
        }
        long rows = new GetCollStatResponseWrapper(
                        client().getCollectionStatistics(GetCollectionStatisticsParam.newBuilder()
                                        .withCollectionName(f.name)
                                        .build())
                                .orThrow())
                .getRowCount();
        assertThat(rows).isEqualTo(P1_IDS.size() + P2_IDS.size());
        R<?> persistent = client().getPersistentSegmentInfo(GetPersistentSegmentInfoParam.newBuilder()
                .withCollectionName(f.name)
                .build());
        if (supported("GetPersistentSegmentInfo", persistent)) {
            long persisted = client()
                    .getPersistentSegmentInfo(GetPersistentSegmentInfoParam.newBuilder()
                            .withCollectionName(f.name)
                            .build())
                    .orThrow()
                    .getInfosList()
                    .stream()
                    .mapToLong(i -> i.getNumRows())
                    .sum();
            assertThat(persisted).isEqualTo(P1_IDS.size() + P2_IDS.size());
        }
    }

    @Test
    void loadCollectionReportsProgressStateSegmentsAndReplicasThenReleases() {
        Fixture f = collectionWithTwoPartitions();

        assertSuccess(client().loadCollection(LoadCollectionParam.newBuilder()
                .withCollectionName(f.name)
                .build()));

        expect(
                "GetLoadingProgress",
                f,
                client().getLoadingProgress(GetLoadingProgressParam.newBuilder()
                        .withCollectionName(f.name)
                        .build()),
                success(100),
                GetLoadingProgressResponse::getProgress);
        expect(
                "GetLoadState",
                f,
                loadState(f.name),
                success(LoadState.LoadStateLoaded),
                GetLoadStateResponse::getState);
        R<GetQuerySegmentInfoResponse> segments = client().getQuerySegmentInfo(GetQuerySegmentInfoParam.newBuilder()
                .withCollectionName(f.name)
                .build());
        if (expect(
                "GetQuerySegmentInfo",
                f,
                segments,
                success(P1_IDS.size() + P2_IDS.size()),
                OperationsContract::loadedRows)) {
            assertThat(segments.getData().getInfosList())
                    .allSatisfy(s -> assertThat(s.getMemSize()).isPositive());
        }
        expect(
                "GetReplicas",
                f,
                client().getReplicas(GetReplicasParam.newBuilder()
                        .withCollectionName(f.name)
                        .build()),
                success(1),
                r -> r.getReplicasList().size());

        assertSuccess(client().releaseCollection(ReleaseCollectionParam.newBuilder()
                .withCollectionName(f.name)
                .build()));
        expect(
                "GetLoadState",
                f,
                loadState(f.name),
                success(LoadState.LoadStateNotLoad),
                GetLoadStateResponse::getState);
    }

    /** @return the rows of the segments a GetQuerySegmentInfo answer lists */
    private static long loadedRows(GetQuerySegmentInfoResponse r) {
        return r.getInfosList().stream().mapToLong(QuerySegmentInfo::getNumRows).sum();
    }

    /** @return the load state of a collection, or of these partitions of it */
    protected R<GetLoadStateResponse> loadState(String collection, String... partitions) {
        return client().getLoadState(GetLoadStateParam.newBuilder()
                .withCollectionName(collection)
                .withPartitionNames(List.of(partitions))
                .build());
    }

    @Test
    void loadAndReleasePartitionsShowsInMemoryPercentages() {
        Fixture f = collectionWithTwoPartitions();

        assertSuccess(client().loadPartitions(LoadPartitionsParam.newBuilder()
                .withCollectionName(f.name)
                .addPartitionName("p1")
                .build()));
        ShowPartitionsResponse inMemory = client().showPartitions(ShowPartitionsParam.newBuilder()
                        .withCollectionName(f.name)
                        .addPartitionName("p1")
                        .withShowType(ShowType.InMemory)
                        .build())
                .orThrow();
        assertThat(inMemory.getPartitionNamesList()).containsExactly("p1");
        assertThat(inMemory.getInMemoryPercentagesList()).containsExactly(100L);

        assertSuccess(client().releasePartitions(ReleasePartitionsParam.newBuilder()
                .withCollectionName(f.name)
                .addPartitionName("p1")
                .build()));
    }

    @Test
    void createAlterAndDropAnAlias() {
        String first = newCollection();
        String second = newCollection();
        String alias = uniqueName("alias");

        R<?> created = client().createAlias(CreateAliasParam.newBuilder()
                .withCollectionName(first)
                .withAlias(alias)
                .build());
        if (supported("CreateAlias", created)) {
            assertThat(client().hasCollection(has(alias)).getData()).isTrue();
            assertSuccess(client().alterAlias(AlterAliasParam.newBuilder()
                    .withCollectionName(second)
                    .withAlias(alias)
                    .build()));
            assertSuccess(client().dropAlias(
                            DropAliasParam.newBuilder().withAlias(alias).build()));
        }
    }

    @Test
    void createDescribeInspectAndDropAnIndex() {
        String name = newCollection();
        insert(name, "", List.of(1L, 2L, 3L));

        R<?> created = client().createIndex(CreateIndexParam.newBuilder()
                .withCollectionName(name)
                .withFieldName("vec")
                .withIndexType(IndexType.FLAT)
                .withMetricType(MetricType.L2)
                .build());
        if (!supported("CreateIndex", created)) {
            return;
        }
        DescribeIndexResponse described = client().describeIndex(DescribeIndexParam.newBuilder()
                        .withCollectionName(name)
                        .withFieldName("vec")
                        .build())
                .orThrow();
        assertThat(described.getIndexDescriptionsList())
                .extracting(d -> d.getFieldName())
                .containsExactly("vec");
        assertThat(client().getIndexState(GetIndexStateParam.newBuilder()
                                .withCollectionName(name)
                                .withFieldName("vec")
                                .build())
                        .orThrow()
                        .getState())
                .isEqualTo(IndexState.Finished);
        expect(
                "GetIndexBuildProgress",
                Fixture.named(name),
                client().getIndexBuildProgress(GetIndexBuildProgressParam.newBuilder()
                        .withCollectionName(name)
                        .withFieldName("vec")
                        .build()),
                success(3),
                GetIndexBuildProgressResponse::getTotalRows);
        assertSuccess(client().dropIndex(DropIndexParam.newBuilder()
                .withCollectionName(name)
                .withFieldName("vec")
                .build()));
    }

    @Test
    void insertSearchQueryAndDeleteEntities() {
        Fixture f = collectionWithTwoPartitions();
        MutationResult inserted = insert(f.name, "p1", List.of(7L, 8L));
        assertThat(new MutationResultWrapper(inserted).getLongIDs()).containsExactly(7L, 8L);
        assertThat(new MutationResultWrapper(inserted).getInsertCount()).isEqualTo(2);
        assertSuccess(client().loadCollection(LoadCollectionParam.newBuilder()
                .withCollectionName(f.name)
                .build()));

        SearchResults found = client().search(SearchParam.newBuilder()
                        .withCollectionName(f.name)
                        .withVectorFieldName("vec")
                        .withMetricType(MetricType.L2)
                        .withTopK(3)
                        .withVectors(List.of(vector(3)))
                        .addOutField("id")
                        .withConsistencyLevel(ConsistencyLevelEnum.STRONG)
                        .build())
                .orThrow();
        SearchResultsWrapper hits = new SearchResultsWrapper(found.getResults());
        assertThat(hits.getIDScore(0)).hasSize(3);
        assertThat(hits.getIDScore(0).get(0).getLongID()).isEqualTo(3L);
        assertThat(hits.getIDScore(0).get(0).getScore()).isEqualTo(0f);
        assertThat(hits.getFieldData("id", 0)).hasSize(3).first().isEqualTo(3L);

        QueryResults rows = client().query(QueryParam.newBuilder()
                        .withCollectionName(f.name)
                        .withExpr("id in [2, 102]")
                        .addOutField("id")
                        .withConsistencyLevel(ConsistencyLevelEnum.STRONG)
                        .build())
                .orThrow();
        assertThat(List.<Object>copyOf(
                        new QueryResultsWrapper(rows).getFieldWrapper("id").getFieldData()))
                .containsExactlyInAnyOrder(2L, 102L);

        MutationResult deleted = client().delete(DeleteParam.newBuilder()
                        .withCollectionName(f.name)
                        .withExpr("id in [2]")
                        .build())
                .orThrow();
        assertThat(new MutationResultWrapper(deleted).getDeleteCount()).isEqualTo(1);
        QueryResults after = client().query(QueryParam.newBuilder()
                        .withCollectionName(f.name)
                        .withExpr("id in [2, 102]")
                        .addOutField("id")
                        .withConsistencyLevel(ConsistencyLevelEnum.STRONG)
                        .build())
                .orThrow();
        assertThat(List.<Object>copyOf(
                        new QueryResultsWrapper(after).getFieldWrapper("id").getFieldData()))
                .containsExactly(102L);
    }

    @Test
    void calcDistanceComputesL2Distances() {
        R<CalcDistanceResults> r = client().calcDistance(CalcDistanceParam.newBuilder()
                .withVectorsLeft(List.of(vector(0)))
                .withVectorsRight(List.of(vector(3), vector(1)))
                .build());

        expect(
                "CalcDistance",
                null,
                r,
                success(List.of(9f, 1f)),
                d -> d.getFloatDist().getDataList());
    }

    @Test
    void metricsAreJson() {
        R<GetMetricsResponse> r = client().getMetrics(GetMetricsParam.newBuilder()
                .withRequest("{\"metric_type\":\"system_info\"}")
                .build());
        if (supported("GetMetrics", r)) {
            assertThat(r.getData().getResponse()).startsWith("{");
        }
    }

    @Test
    void compactionStartsAndReportsItsState() {
        String name = newCollection();
        R<ManualCompactionResponse> started = client().manualCompaction(ManualCompactionParam.newBuilder()
                .withCollectionName(name)
                .build());
        if (!supported("ManualCompaction", started)) {
            return;
        }
        long id = started.getData().getCompactionID();
        R<GetCompactionStateResponse> state = client().getCompactionState(GetCompactionStateParam.newBuilder()
                .withCompactionID(id)
                .build());
        supported("GetCompactionState", state);
        supported(
                "GetCompactionStateWithPlans",
                client().getCompactionStateWithPlans(GetCompactionPlansParam.newBuilder()
                        .withCompactionID(id)
                        .build()));
    }

    @Test
    void loadBalanceFromQueryNodeOneIsAnsweredExactly() {
        R<RpcStatus> r = client().loadBalance(
                        LoadBalanceParam.newBuilder().withSourceNodeID(1L).build());

        // The reference server has no query nodes to balance between; a real server's table says what it answers.
        expect("LoadBalance", null, r, failure(TransportFailure.UNIMPLEMENTED));
    }

    @Test
    void credentialsCanBeCreatedListedUpdatedAndDeleted() {
        String user = uniqueName("user");
        R<?> created = client().createCredential(CreateCredentialParam.newBuilder()
                .withUsername(user)
                .withPassword("first-pass")
                .build());
        if (!supported("CreateCredential", created)) {
            return;
        }
        assertThat(client().listCredUsers(ListCredUsersParam.newBuilder().build())
                        .orThrow()
                        .getUsernamesList())
                .contains(user);
        assertSuccess(client().updateCredential(UpdateCredentialParam.newBuilder()
                .withUsername(user)
                .withOldPassword("first-pass")
                .withNewPassword("second-pass")
                .build()));
        assertSuccess(client().deleteCredential(
                        DeleteCredentialParam.newBuilder().withUsername(user).build()));
        assertThat(client().listCredUsers(ListCredUsersParam.newBuilder().build())
                        .orThrow()
                        .getUsernamesList())
                .doesNotContain(user);
    }
}
