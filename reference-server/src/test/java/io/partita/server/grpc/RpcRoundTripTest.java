package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static io.partita.server.grpc.WireRequests.kv;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.AlterAliasRequest;
import io.partita.wire.CreateAliasRequest;
import io.partita.wire.CreateIndexRequest;
import io.partita.wire.DeleteRequest;
import io.partita.wire.DescribeAliasRequest;
import io.partita.wire.DescribeCollectionRequest;
import io.partita.wire.DescribeCollectionResponse;
import io.partita.wire.DescribeIndexRequest;
import io.partita.wire.DescribeIndexResponse;
import io.partita.wire.DropAliasRequest;
import io.partita.wire.DropIndexRequest;
import io.partita.wire.FlushRequest;
import io.partita.wire.FlushResponse;
import io.partita.wire.GetCollectionStatisticsRequest;
import io.partita.wire.GetFlushStateRequest;
import io.partita.wire.GetIndexBuildProgressRequest;
import io.partita.wire.GetIndexStateRequest;
import io.partita.wire.GetPartitionStatisticsRequest;
import io.partita.wire.GetPersistentSegmentInfoRequest;
import io.partita.wire.GetPersistentSegmentInfoResponse;
import io.partita.wire.HasCollectionRequest;
import io.partita.wire.HasPartitionRequest;
import io.partita.wire.IndexState;
import io.partita.wire.ListAliasesRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.MutationResult;
import io.partita.wire.SearchResults;
import io.partita.wire.ShowCollectionsRequest;
import io.partita.wire.ShowCollectionsResponse;
import io.partita.wire.ShowType;
import java.nio.file.Path;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every implemented RPC once, through gRPC on a real server, checking that what goes in comes back out. */
class RpcRoundTripTest {
    static final String C = "books";

    @TempDir
    Path dir;

    LiveServer s;

    @BeforeEach
    void start() throws Exception {
        s = new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_3));
        s.createCollection(C);
    }

    @AfterEach
    void stop() throws Exception {
        s.close();
    }

    @Test
    void describeCollectionReturnsTheSchemaAsCreatedWithFieldIdsAndTheDefaultDatabase() {
        DescribeCollectionResponse d = s.stub()
                .describeCollection(DescribeCollectionRequest.newBuilder()
                        .setCollectionName(C)
                        .build());
        assertOk(d.getStatus());
        assertThat(d.getCollectionName()).isEqualTo(C);
        assertThat(d.getSchema().getFieldsList()).extracting(f -> f.getName()).containsExactly("id", "vec");
        assertThat(d.getSchema().getFields(0).getIsPrimaryKey()).isTrue();
        assertThat(d.getSchema().getFields(1).getTypeParamsList()).contains(kv("dim", "4"));
        assertThat(d.getSchema().getFields(0).getFieldID()).isPositive();
        assertThat(d.getDbName()).isEqualTo("default");
        assertThat(d.getNumPartitions()).isEqualTo(1);
        assertThat(s.stub()
                        .hasCollection(HasCollectionRequest.newBuilder()
                                .setCollectionName(C)
                                .build())
                        .getValue())
                .isTrue();
        assertThat(s.stub()
                        .hasPartition(HasPartitionRequest.newBuilder()
                                .setCollectionName(C)
                                .setPartitionName("_default")
                                .build())
                        .getValue())
                .isTrue();
    }

    @Test
    void insertDeleteFlushAndStatisticsAgreeOnRowCounts() {
        MutationResult ins = s.insert(C, "", LongStream.range(0, 10).toArray());
        assertOk(ins.getStatus());
        assertThat(ins.getIDs().getIntId().getDataList()).hasSize(10);
        assertThat(ins.getSuccIndexCount()).isEqualTo(10);
        MutationResult del = s.stub()
                .delete(DeleteRequest.newBuilder()
                        .setCollectionName(C)
                        .setExpr("id in [1, 2, 3]")
                        .build());
        assertOk(del.getStatus());
        assertThat(del.getDeleteCnt()).isEqualTo(3);

        FlushResponse f =
                s.stub().flush(FlushRequest.newBuilder().addCollectionNames(C).build());
        assertOk(f.getStatus());
        assertThat(f.getCollSegIDsMap()).containsKey(C);
        assertThat(s.stub()
                        .getFlushState(GetFlushStateRequest.newBuilder()
                                .addAllSegmentIDs(f.getCollSegIDsMap().get(C).getDataList())
                                .build())
                        .getFlushed())
                .isTrue();
        GetPersistentSegmentInfoResponse segs = s.stub()
                .getPersistentSegmentInfo(GetPersistentSegmentInfoRequest.newBuilder()
                        .setCollectionName(C)
                        .build());
        assertOk(segs.getStatus());
        assertThat(segs.getInfosList()).isNotEmpty();

        assertThat(s.stub()
                        .getCollectionStatistics(GetCollectionStatisticsRequest.newBuilder()
                                .setCollectionName(C)
                                .build())
                        .getStatsList())
                .contains(kv("row_count", "7"));
        assertThat(s.stub()
                        .getPartitionStatistics(GetPartitionStatisticsRequest.newBuilder()
                                .setCollectionName(C)
                                .setPartitionName("_default")
                                .build())
                        .getStatsList())
                .contains(kv("row_count", "7"));
    }

    @Test
    void anIndexCanBeCreatedDescribedPolledAndDropped() {
        assertOk(s.stub()
                .createIndex(CreateIndexRequest.newBuilder()
                        .setCollectionName(C)
                        .setFieldName("vec")
                        .setIndexName("vec_idx")
                        .addExtraParams(kv("index_type", "IVF_FLAT"))
                        .addExtraParams(kv("metric_type", "IP"))
                        .addExtraParams(kv("params", "{\"nlist\": 16}"))
                        .build()));
        DescribeIndexResponse d = s.stub()
                .describeIndex(
                        DescribeIndexRequest.newBuilder().setCollectionName(C).build());
        assertOk(d.getStatus());
        assertThat(d.getIndexDescriptions(0).getIndexName()).isEqualTo("vec_idx");
        assertThat(d.getIndexDescriptions(0).getFieldName()).isEqualTo("vec");
        assertThat(d.getIndexDescriptions(0).getParamsList())
                .contains(kv("index_type", "IVF_FLAT"), kv("metric_type", "IP"));
        assertThat(s.stub()
                        .getIndexState(GetIndexStateRequest.newBuilder()
                                .setCollectionName(C)
                                .setIndexName("vec_idx")
                                .build())
                        .getState())
                .isEqualTo(IndexState.Finished);
        assertOk(s.stub()
                .getIndexBuildProgress(GetIndexBuildProgressRequest.newBuilder()
                        .setCollectionName(C)
                        .setIndexName("vec_idx")
                        .build())
                .getStatus());
        assertOk(s.stub()
                .dropIndex(DropIndexRequest.newBuilder()
                        .setCollectionName(C)
                        .setIndexName("vec_idx")
                        .build()));
        assertThat(s.stub()
                        .describeIndex(DescribeIndexRequest.newBuilder()
                                .setCollectionName(C)
                                .build())
                        .getStatus()
                        .getCode())
                .isEqualTo(700);
    }

    @Test
    void aliasesResolveForSearchAndCanBeMovedListedAndDropped() throws Exception {
        s.createCollection("other");
        assertOk(s.stub()
                .createAlias(CreateAliasRequest.newBuilder()
                        .setCollectionName(C)
                        .setAlias("shelf")
                        .build()));
        assertThat(s.stub()
                        .describeAlias(DescribeAliasRequest.newBuilder()
                                .setAlias("shelf")
                                .build())
                        .getCollection())
                .isEqualTo(C);
        assertThat(s.stub()
                        .listAliases(ListAliasesRequest.newBuilder()
                                .setCollectionName(C)
                                .build())
                        .getAliasesList())
                .containsExactly("shelf");
        assertOk(s.insert(C, "", 42).getStatus());
        assertOk(s.stub()
                .loadCollection(LoadCollectionRequest.newBuilder()
                        .setCollectionName("shelf")
                        .build()));
        s.awaitLoaded(C);
        SearchResults viaAlias = s.search("shelf");
        assertThat(LiveServer.ids(viaAlias)).containsExactly(42L);

        assertOk(s.stub()
                .alterAlias(AlterAliasRequest.newBuilder()
                        .setCollectionName("other")
                        .setAlias("shelf")
                        .build()));
        assertThat(s.stub()
                        .describeAlias(DescribeAliasRequest.newBuilder()
                                .setAlias("shelf")
                                .build())
                        .getCollection())
                .isEqualTo("other");
        assertOk(s.stub()
                .dropAlias(DropAliasRequest.newBuilder().setAlias("shelf").build()));
        assertThat(s.stub()
                        .describeAlias(DescribeAliasRequest.newBuilder()
                                .setAlias("shelf")
                                .build())
                        .getStatus()
                        .getCode())
                .isNotZero();
    }

    @Test
    void showCollectionsInMemoryListsLoadedCollectionsWithTheirProgress() throws Exception {
        s.createCollection("cold");
        assertOk(s.stub()
                .loadCollection(
                        LoadCollectionRequest.newBuilder().setCollectionName(C).build()));
        s.awaitLoaded(C);
        ShowCollectionsResponse all = s.stub().showCollections(ShowCollectionsRequest.getDefaultInstance());
        assertThat(all.getCollectionNamesList()).containsExactlyInAnyOrder(C, "cold");
        ShowCollectionsResponse inMemory = s.stub()
                .showCollections(ShowCollectionsRequest.newBuilder()
                        .setType(ShowType.InMemory)
                        .build());
        assertThat(inMemory.getCollectionNamesList()).containsExactly(C);
        assertThat(inMemory.getInMemoryPercentagesList()).containsExactly(100L);
    }

    @Test
    void searchReturnsScoresOutputFieldsAndRoundsWhenAsked() throws Exception {
        assertOk(s.insert(C, "", 1, 2, 3).getStatus());
        assertOk(s.stub()
                .loadCollection(
                        LoadCollectionRequest.newBuilder().setCollectionName(C).build()));
        s.awaitLoaded(C);
        SearchResults r = s.stub()
                .search(WireRequests.search(C, "2", new float[] {1.25f, 0, 0, 0})
                        .addOutputFields("id")
                        .addSearchParams(kv("round_decimal", "1"))
                        .build());
        assertOk(r.getStatus());
        assertThat(r.getResults().getNumQueries()).isEqualTo(1);
        assertThat(r.getResults().getTopksList()).containsExactly(2L);
        assertThat(r.getResults().getIds().getIntId().getDataList()).containsExactly(1L, 2L);
        assertThat(r.getResults().getScoresList()).containsExactly(0.1f, 0.6f);
        assertThat(r.getResults().getOutputFieldsList()).contains("id");
    }
}
