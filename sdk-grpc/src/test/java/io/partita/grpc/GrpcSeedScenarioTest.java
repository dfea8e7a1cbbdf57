package io.partita.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusServiceClient;
import io.partita.exception.MilvusServerException;
import io.partita.model.DataType;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.QueryResults;
import io.partita.model.QuerySegmentInfo;
import io.partita.model.SearchResults;
import io.partita.model.ShowPartitionsResponse;
import io.partita.model.ShowType;
import io.partita.param.ConnectParam;
import io.partita.param.MetricType;
import io.partita.param.R;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.DescribeCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.FlushParam;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.control.GetQuerySegmentInfoParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.HasPartitionParam;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.param.partition.ReleasePartitionsParam;
import io.partita.param.partition.ShowPartitionsParam;
import io.partita.response.SearchResultsWrapper;
import io.partita.server.model.Profile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed's scenario through Partita's own client over {@link GrpcTransport} against the real
 * reference server, in both profiles: create {@code book}/{@code novel}, insert, flush, load the
 * partition, search and query in it, release it, and the constraints of SEMANTICS.md rows 4, 10, 19.
 */
class GrpcSeedScenarioTest {
    private static final List<String> NOVEL = List.of("novel");

    private static void createBook(MilvusServiceClient client) {
        client.createCollection(CreateCollectionParam.newBuilder()
                        .withCollectionName("book")
                        .withShardsNum(2)
                        .addFieldType(FieldType.newBuilder()
                                .withName("book_id")
                                .withDataType(DataType.Int64)
                                .withPrimaryKey(true)
                                .withAutoID(false)
                                .build())
                        .addFieldType(FieldType.newBuilder()
                                .withName("word_count")
                                .withDataType(DataType.Int64)
                                .build())
                        .addFieldType(FieldType.newBuilder()
                                .withName("book_intro")
                                .withDataType(DataType.FloatVector)
                                .withDimension(2)
                                .build())
                        .build())
                .orThrow();
        client.createPartition(CreatePartitionParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionName("novel")
                        .build())
                .orThrow();
        List<Long> ids = new ArrayList<>();
        List<Long> words = new ArrayList<>();
        List<List<Float>> vectors = new ArrayList<>();
        for (long i = 0; i < 200; i++) {
            ids.add(i);
            words.add(10_000 + i);
            vectors.add(List.of((float) i, (float) (i % 7)));
        }
        client.insert(InsertParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionName("novel")
                        .withFields(List.of(
                                new InsertParam.Field("book_id", ids),
                                new InsertParam.Field("word_count", words),
                                new InsertParam.Field("book_intro", vectors)))
                        .build())
                .orThrow();
        client.flush(FlushParam.newBuilder()
                        .withCollectionNames(List.of("book"))
                        .build())
                .orThrow();
    }

    private static R<SearchResults> searchNovel(MilvusServiceClient client) {
        return client.search(SearchParam.newBuilder()
                .withCollectionName("book")
                .withPartitionNames(NOVEL)
                .withMetricType(MetricType.L2)
                .withVectorFieldName("book_intro")
                .withTopK(3)
                .withVectors(List.of(List.of(5.0f, 5.0f)))
                .addOutField("word_count")
                .build());
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void thePartitionLifecycleRoundTripsThroughGrpc(Profile profile) throws Exception {
        try (RunningServer server = RunningServer.start(profile, false);
                MilvusServiceClient client = new MilvusServiceClient(
                        ConnectParam.newBuilder().withUri(server.grpcUri()).build())) {
            createBook(client);

            DescribeCollectionResponse described = client.describeCollection(DescribeCollectionParam.newBuilder()
                            .withCollectionName("book")
                            .build())
                    .orThrow();
            assertThat(described.getSchema().getFieldsList())
                    .extracting(f -> f.getName())
                    .containsExactly("book_id", "word_count", "book_intro");
            assertThat(client.hasPartition(HasPartitionParam.newBuilder()
                                    .withCollectionName("book")
                                    .withPartitionName("novel")
                                    .build())
                            .orThrow())
                    .isTrue();

            client.loadPartitions(LoadPartitionsParam.newBuilder()
                            .withCollectionName("book")
                            .withPartitionNames(NOVEL)
                            .withSyncLoad(true)
                            .build())
                    .orThrow();
            ShowPartitionsResponse shown = client.showPartitions(ShowPartitionsParam.newBuilder()
                            .withCollectionName("book")
                            .withPartitionNames(NOVEL)
                            .withShowType(ShowType.InMemory)
                            .build())
                    .orThrow();
            assertThat(shown.getInMemoryPercentagesList()).containsExactly(100L);

            SearchResults found = searchNovel(client).orThrow();
            SearchResultsWrapper hits = new SearchResultsWrapper(found.getResults());
            assertThat(hits.getIDScore(0))
                    .extracting(SearchResultsWrapper.IDScore::getLongID)
                    .containsExactly(5L, 4L, 6L);
            assertThat(List.<Object>copyOf(hits.getFieldData("word_count", 0)))
                    .containsExactly(10_005L, 10_004L, 10_006L);

            QueryResults queried = client.query(QueryParam.newBuilder()
                            .withCollectionName("book")
                            .withPartitionNames(NOVEL)
                            .withExpr("book_id in [1, 2]")
                            .withOutFields(List.of("word_count"))
                            .build())
                    .orThrow();
            assertThat(queried.getFieldsDataList())
                    .filteredOn(f -> f.getFieldName().equals("word_count"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.getValues()).containsExactlyInAnyOrder(10_001L, 10_002L));

            long memBytes = client
                    .getQuerySegmentInfo(GetQuerySegmentInfoParam.newBuilder()
                            .withCollectionName("book")
                            .build())
                    .orThrow()
                    .getInfosList()
                    .stream()
                    .mapToLong(QuerySegmentInfo::getMemSize)
                    .sum();
            assertThat(memBytes).isGreaterThanOrEqualTo(200L * 2 * Float.BYTES);

            client.releasePartitions(ReleasePartitionsParam.newBuilder()
                            .withCollectionName("book")
                            .withPartitionNames(NOVEL)
                            .build())
                    .orThrow();
            assertThat(client.getQuerySegmentInfo(GetQuerySegmentInfoParam.newBuilder()
                                    .withCollectionName("book")
                                    .build())
                            .orThrow()
                            .getInfosList())
                    .isEmpty();

            R<SearchResults> refused = searchNovel(client);
            assertThat(refused.isSuccess()).isFalse();
            MilvusServerException e = (MilvusServerException) refused.getException();
            if (profile == Profile.MILVUS_2_1) {
                assertThat(refused.getStatus()).isEqualTo(1);
                assertThat(e.getReason()).contains("not loaded into memory when search");
            } else {
                assertThat(e.getServerCode()).isEqualTo(101);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void loadingAPartitionOfACollectionLoadedWholeFollowsTheProfile(Profile profile) throws Exception {
        try (RunningServer server = RunningServer.start(profile, false);
                MilvusServiceClient client = new MilvusServiceClient(
                        ConnectParam.newBuilder().withUri(server.grpcUri()).build())) {
            createBook(client);
            client.loadCollection(LoadCollectionParam.newBuilder()
                            .withCollectionName("book")
                            .withSyncLoad(true)
                            .build())
                    .orThrow();
            R<?> loadPartition = client.loadPartitions(LoadPartitionsParam.newBuilder()
                    .withCollectionName("book")
                    .withPartitionNames(NOVEL)
                    .withSyncLoad(false)
                    .build());
            R<?> releasePartition = client.releasePartitions(ReleasePartitionsParam.newBuilder()
                    .withCollectionName("book")
                    .withPartitionNames(NOVEL)
                    .build());
            if (profile == Profile.MILVUS_2_1) {
                assertThat(loadPartition.getStatus()).isEqualTo(5);
                assertThat(loadPartition.getMessage())
                        .contains("has been loaded into QueryNode, please release collection firstly");
                assertThat(releasePartition.getStatus()).isEqualTo(1);
                assertThat(releasePartition.getMessage())
                        .contains("releasing some partitions after load collection is not supported");
            } else {
                assertThat(loadPartition.isSuccess()).isTrue();
                assertThat(releasePartition.isSuccess()).isTrue();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theAsyncCallsAnswerWhatTheBlockingOnesDo() throws Exception {
        try (RunningServer server = RunningServer.start(Profile.MILVUS_2_3, false);
                MilvusServiceClient client = new MilvusServiceClient(
                        ConnectParam.newBuilder().withUri(server.grpcUri()).build())) {
            createBook(client);
            R<io.partita.model.MutationResult> inserted = client.insertAsync(InsertParam.newBuilder()
                            .withCollectionName("book")
                            .withPartitionName("novel")
                            .withFields(List.of(
                                    new InsertParam.Field("book_id", List.of(1000L, 1001L)),
                                    new InsertParam.Field("word_count", List.of(1L, 2L)),
                                    new InsertParam.Field(
                                            "book_intro", List.of(List.of(50.5f, 0.5f), List.of(60.5f, 0.5f)))))
                            .build())
                    .get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(inserted.getStatus()).as(inserted.getMessage()).isZero();
            assertThat(inserted.getData().getInsertCnt()).isEqualTo(2);
            client.loadPartitions(LoadPartitionsParam.newBuilder()
                            .withCollectionName("book")
                            .withPartitionNames(NOVEL)
                            .withSyncLoad(true)
                            .build())
                    .orThrow();

            SearchParam nearest = SearchParam.newBuilder()
                    .withCollectionName("book")
                    .withPartitionNames(NOVEL)
                    .withMetricType(MetricType.L2)
                    .withVectorFieldName("book_intro")
                    .withTopK(3)
                    .withVectors(List.of(List.of(50.5f, 0.5f)))
                    .addOutField("word_count")
                    .build();
            java.util.concurrent.CompletableFuture<R<SearchResults>> search = client.searchAsync(nearest);
            QueryParam query = QueryParam.newBuilder()
                    .withCollectionName("book")
                    .withPartitionNames(NOVEL)
                    .withExpr("book_id >= 1000")
                    .addOutField("word_count")
                    .build();
            java.util.concurrent.CompletableFuture<R<QueryResults>> rows = client.queryAsync(query);

            SearchResultsWrapper hits = new SearchResultsWrapper(search.get(60, java.util.concurrent.TimeUnit.SECONDS)
                    .orThrow()
                    .getResults());
            SearchResultsWrapper blocking =
                    new SearchResultsWrapper(client.search(nearest).orThrow().getResults());
            assertThat(hits.getIDScore(0).get(0).getLongID()).isEqualTo(1000L);
            assertThat(hits.getFieldData("word_count", 0)).isEqualTo(blocking.getFieldData("word_count", 0));
            assertThat(rows.get(60, java.util.concurrent.TimeUnit.SECONDS).orThrow())
                    .isEqualTo(client.query(query).orThrow());

            // the official SDK's manualCompact is manualCompaction under another name: the same answer
            R<?> compact = client.manualCompact(io.partita.param.control.ManualCompactParam.newBuilder()
                    .withCollectionName("book")
                    .build());
            R<?> compaction = client.manualCompaction(io.partita.param.control.ManualCompactionParam.newBuilder()
                    .withCollectionName("book")
                    .build());
            assertThat(compact.getStatus()).isEqualTo(compaction.getStatus());
            assertThat(compact.getMessage()).isEqualTo(compaction.getMessage());
        }
    }
}
