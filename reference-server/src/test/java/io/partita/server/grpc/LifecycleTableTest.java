package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.DropPartitionRequest;
import io.partita.wire.ErrorCode;
import io.partita.wire.GetLoadStateRequest;
import io.partita.wire.GetReplicasRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.LoadPartitionsRequest;
import io.partita.wire.LoadState;
import io.partita.wire.ReleaseCollectionRequest;
import io.partita.wire.ReleasePartitionsRequest;
import io.partita.wire.ShowPartitionsRequest;
import io.partita.wire.ShowPartitionsResponse;
import io.partita.wire.ShowType;
import io.partita.wire.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SEMANTICS.md's lifecycle table, row by row, under both profiles, through gRPC on a real server.
 * Each test is named after its row; expected error_code, code and reason are the table's.
 */
class LifecycleTableTest {
    static final String C = "books";

    @TempDir
    Path dir;

    LiveServer s;

    LiveServer start(Profile profile) throws Exception {
        s = new LiveServer(
                ReferenceServer.builder().dataDir(dir).profile(profile).queryNodes(2));
        return s;
    }

    @AfterEach
    void stop() throws Exception {
        if (s != null) {
            s.close();
        }
    }

    private Status loadCollection(String c, int replicas) {
        return s.stub()
                .loadCollection(LoadCollectionRequest.newBuilder()
                        .setCollectionName(c)
                        .setReplicaNumber(replicas)
                        .build());
    }

    private Status loadPartitions(String c, String... partitions) {
        return s.stub()
                .loadPartitions(LoadPartitionsRequest.newBuilder()
                        .setCollectionName(c)
                        .addAllPartitionNames(List.of(partitions))
                        .setReplicaNumber(1)
                        .build());
    }

    private Status releasePartitions(String c, String... partitions) {
        return s.stub()
                .releasePartitions(ReleasePartitionsRequest.newBuilder()
                        .setCollectionName(c)
                        .addAllPartitionNames(List.of(partitions))
                        .build());
    }

    private Status releaseCollection(String c) {
        return s.stub()
                .releaseCollection(ReleaseCollectionRequest.newBuilder()
                        .setCollectionName(c)
                        .build());
    }

    private LoadState loadState(String c, String... partitions) {
        return s.stub()
                .getLoadState(GetLoadStateRequest.newBuilder()
                        .setCollectionName(c)
                        .addAllPartitionNames(List.of(partitions))
                        .build())
                .getState();
    }

    private Status dropPartition(String c, String p) {
        return s.stub()
                .dropPartition(DropPartitionRequest.newBuilder()
                        .setCollectionName(c)
                        .setPartitionName(p)
                        .build());
    }

    private static void assertError(Status st, int legacy, int code, String reason) {
        assertThat(st.getReason()).isEqualTo(reason);
        assertThat(st.getErrorCodeValue()).as("error_code").isEqualTo(legacy);
        assertThat(st.getCode()).as("code").isEqualTo(code);
    }

    private static void assertCode(Status st, int code, String reasonContains) {
        assertThat(st.getCode()).as("code").isEqualTo(code);
        assertThat(st.getErrorCode()).isNotEqualTo(ErrorCode.Success);
        assertThat(st.getReason()).contains(reasonContains);
    }

    /** Go's %v of an int64 slice: {@code [1 2 3]}. */
    private static String goList(long... ids) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < ids.length; i++) {
            b.append(i == 0 ? "" : " ").append(ids[i]);
        }
        return b.append(']').toString();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row01_loadingACollectionAlreadyLoadedTheSameWaySucceeds(Profile p) throws Exception {
        start(p).createCollection(C);
        assertOk(loadCollection(C, 1));
        s.awaitLoaded(C);
        assertOk(loadCollection(C, 1));
        assertThat(loadState(C)).isEqualTo(LoadState.LoadStateLoaded);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row02_loadingACollectionWithAnotherReplicaNumberIsRefused(Profile p) throws Exception {
        start(p).createCollection(C);
        assertOk(loadCollection(C, 1));
        s.awaitLoaded(C);
        Status st = loadCollection(C, 2);
        if (p == Profile.MILVUS_2_1) {
            assertError(
                    st,
                    5,
                    1100,
                    "collection has already been loaded, and the number of replicas 1 is not same as the "
                            + "request's 2. Should release first then reload with the new number of replicas");
        } else {
            assertCode(
                    st,
                    1100,
                    "can't change the replica number for loaded collection: invalid parameter[expected=1][actual=2]");
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row03_loadingACollectionWhileSomePartitionsAreLoaded(Profile p) throws Exception {
        long cid = start(p).createCollection(C);
        long pid = s.createPartition(C, "p1");
        s.createPartition(C, "p2");
        assertOk(loadPartitions(C, "p1"));
        s.awaitLoaded(C, "p1");
        Status st = loadCollection(C, 1);
        if (p == Profile.MILVUS_2_1) {
            assertError(
                    st,
                    5,
                    1100,
                    "some partitions " + goList(pid) + " of collection " + cid
                            + " has been loaded into QueryNode, please release partitions firstly");
        } else {
            assertOk(st);
            s.awaitLoaded(C);
            assertThat(loadState(C, "p2")).isEqualTo(LoadState.LoadStateLoaded);
            assertThat(loadState(C, "_default")).isEqualTo(LoadState.LoadStateLoaded);
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row04_loadingPartitionsWhileTheCollectionIsLoaded(Profile p) throws Exception {
        long cid = start(p).createCollection(C);
        s.createPartition(C, "p1");
        assertOk(loadCollection(C, 1));
        s.awaitLoaded(C);
        Status st = loadPartitions(C, "p1");
        if (p == Profile.MILVUS_2_1) {
            assertError(
                    st,
                    5,
                    1100,
                    "collection " + cid + " has been loaded into QueryNode, please release collection firstly");
        } else {
            assertOk(st);
            assertThat(loadState(C, "p1")).isEqualTo(LoadState.LoadStateLoaded);
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row05_loadingExactlyTheLoadedPartitionsOrASubsetSucceeds(Profile p) throws Exception {
        start(p).createCollection(C);
        s.createPartition(C, "p1");
        s.createPartition(C, "p2");
        assertOk(loadPartitions(C, "p1", "p2"));
        s.awaitLoaded(C, "p1", "p2");
        assertOk(loadPartitions(C, "p1", "p2"));
        assertOk(loadPartitions(C, "p2"));
        assertThat(loadState(C, "p1", "p2")).isEqualTo(LoadState.LoadStateLoaded);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row06_loadingAnotherPartitionInASeparateCall(Profile p) throws Exception {
        long cid = start(p).createCollection(C);
        long p1 = s.createPartition(C, "p1");
        s.createPartition(C, "p2");
        assertOk(loadPartitions(C, "p1"));
        s.awaitLoaded(C, "p1");
        Status st = loadPartitions(C, "p2");
        if (p == Profile.MILVUS_2_1) {
            assertThat(st.getErrorCodeValue()).isEqualTo(5);
            assertThat(st.getReason())
                    .startsWith("some partitions [")
                    .contains(Long.toString(p1))
                    .endsWith("] of collection " + cid
                            + " has been loaded into QueryNode, please release partitions firstly");
        } else {
            assertOk(st);
            s.awaitLoaded(C, "p1", "p2");
            assertThat(loadState(C, "p1", "p2")).isEqualTo(LoadState.LoadStateLoaded);
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row07_loadingAnEmptyListOfPartitionsIsRefused(Profile p) throws Exception {
        start(p).createCollection(C);
        Status st = loadPartitions(C);
        assertThat(st.getErrorCodeValue()).isEqualTo(1);
        assertThat(st.getReason()).isEqualTo("partitionIDs are empty");
        assertThat(st.getCode()).isNotZero();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row08_loadingOrReleasingAPartitionThatDoesNotExistIsRefused(Profile p) throws Exception {
        start(p).createCollection(C);
        for (Status st : List.of(loadPartitions(C, "ghost"), releasePartitions(C, "ghost"))) {
            if (p == Profile.MILVUS_2_1) {
                assertThat(st.getErrorCodeValue()).isEqualTo(1);
                assertThat(st.getReason()).isEqualTo("partitionID of partitionName:ghost can not be find");
            } else {
                assertCode(st, 200, "partition not found");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row09_loadingOrReleasingACollectionThatDoesNotExistIsRefused(Profile p) throws Exception {
        start(p);
        for (Status st : List.of(
                loadCollection("ghost", 1),
                releaseCollection("ghost"),
                loadPartitions("ghost", "p"),
                releasePartitions("ghost", "p"))) {
            if (p == Profile.MILVUS_2_1) {
                assertError(st, 4, 100, "can't find collection: ghost");
            } else {
                assertCode(st, 100, "collection not found");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row10_releasingSomePartitionsOfACollectionLoadedAsAWhole(Profile p) throws Exception {
        start(p).createCollection(C);
        s.createPartition(C, "p1");
        assertOk(loadCollection(C, 1));
        s.awaitLoaded(C);
        Status st = releasePartitions(C, "p1");
        if (p == Profile.MILVUS_2_1) {
            assertThat(st.getErrorCodeValue()).isEqualTo(1);
            assertThat(st.getReason()).isEqualTo("releasing some partitions after load collection is not supported");
        } else {
            assertOk(st);
            assertThat(loadState(C, "p1")).isEqualTo(LoadState.LoadStateNotLoad);
            assertThat(loadState(C, "_default")).isEqualTo(LoadState.LoadStateLoaded);
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row11_releasingPartitionsThatAreNotLoadedSucceeds(Profile p) throws Exception {
        start(p).createCollection(C);
        s.createPartition(C, "p1");
        s.createPartition(C, "p2");
        assertOk(loadPartitions(C, "p1"));
        s.awaitLoaded(C, "p1");
        assertOk(releasePartitions(C, "p2"));
        assertThat(loadState(C, "p1")).isEqualTo(LoadState.LoadStateLoaded);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row12_releasingEveryLoadedPartitionReleasesTheCollection(Profile p) throws Exception {
        start(p).createCollection(C);
        s.createPartition(C, "p1");
        s.createPartition(C, "p2");
        assertOk(loadPartitions(C, "p1", "p2"));
        s.awaitLoaded(C, "p1", "p2");
        assertOk(releasePartitions(C, "p1", "p2"));
        assertThat(loadState(C)).isEqualTo(LoadState.LoadStateNotLoad);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row13_releasingACollectionWithNothingLoadedSucceeds(Profile p) throws Exception {
        start(p).createCollection(C);
        assertOk(releaseCollection(C));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row14_droppingTheDefaultPartitionIsRefused(Profile p) throws Exception {
        start(p).createCollection(C);
        Status st = dropPartition(C, "_default");
        assertThat(st.getErrorCodeValue()).isEqualTo(1);
        assertThat(st.getReason()).isEqualTo("default partition cannot be deleted");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row15_droppingAPartitionThatDoesNotExistIsRefusedBefore26(Profile p) throws Exception {
        start(p).createCollection(C);
        Status st = dropPartition(C, "ghost");
        if (p == Profile.MILVUS_2_1) {
            assertThat(st.getErrorCodeValue()).isEqualTo(1);
            assertThat(st.getReason()).isEqualTo("partition ghost does not exist");
        } else if (p == Profile.MILVUS_2_3) {
            assertThat(st.getCode()).isEqualTo(200);
        } else {
            assertOk(st); // 2.6: idempotent
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row16_droppingALoadedPartition(Profile p) throws Exception {
        start(p).createCollection(C);
        s.createPartition(C, "p1");
        assertThat(s.insert(C, "p1", 1, 2, 3).getStatus().getErrorCode()).isEqualTo(ErrorCode.Success);
        assertOk(loadPartitions(C, "p1"));
        s.awaitLoaded(C, "p1");
        Status st = dropPartition(C, "p1");
        if (p == Profile.MILVUS_2_1) {
            assertOk(st);
            assertThat(s.server.engine().queryNodes())
                    .allSatisfy(n -> assertThat(n.usedBytes()).isZero());
        } else {
            assertThat(st.getErrorCode()).isNotEqualTo(ErrorCode.Success);
            assertThat(st.getReason())
                    .isEqualTo("partition cannot be dropped, partition is loaded, please release it first");
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row17_creatingAPartitionThatExistsIsRefusedBefore26(Profile p) throws Exception {
        start(p).createCollection(C);
        s.createPartition(C, "p1");
        Status st = s.stub()
                .createPartition(io.partita.wire.CreatePartitionRequest.newBuilder()
                        .setCollectionName(C)
                        .setPartitionName("p1")
                        .build());
        if (p == Profile.MILVUS_2_6) {
            assertOk(st); // 2.6: idempotent, the partition unchanged
            return;
        }
        assertThat(st.getReason()).isEqualTo("partition name = p1 already exists");
        if (p == Profile.MILVUS_2_1) {
            assertThat(st.getErrorCodeValue()).isEqualTo(1);
        } else {
            assertThat(st.getCode()).isEqualTo(1100);
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row19_searchingOrQueryingWithNothingLoadedIsRefused(Profile p) throws Exception {
        start(p).createCollection(C);
        Status search = s.search(C).getStatus();
        Status query = s.query(C, "id >= 0").getStatus();
        if (p == Profile.MILVUS_2_1) {
            assertThat(search.getErrorCodeValue()).isEqualTo(1);
            assertThat(search.getReason())
                    .isEqualTo("collection:" + C + " or partition:[] not loaded into memory when search");
            assertThat(query.getReason())
                    .isEqualTo("collection:" + C + " or partition:[] not loaded into memory when query");
        } else {
            assertCode(search, 101, "collection not loaded");
            assertCode(query, 101, "collection not loaded");
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row20_searchingOrQueryingAPartitionThatIsNotLoadedIsRefused(Profile p) throws Exception {
        long cid = start(p).createCollection(C);
        s.createPartition(C, "p1");
        long p2 = s.createPartition(C, "p2");
        assertOk(loadPartitions(C, "p1"));
        s.awaitLoaded(C, "p1");
        Status search = s.search(C, "p2").getStatus();
        Status query = s.query(C, "id >= 0", "p2").getStatus();
        if (p == Profile.MILVUS_2_1) {
            assertThat(search.getErrorCodeValue()).isEqualTo(1);
            assertThat(search.getReason())
                    .startsWith("checkIfLoaded failed when search")
                    .endsWith("partition " + p2 + " of collection " + cid + " has not been loaded into QueryNode");
            assertThat(query.getReason())
                    .endsWith("partition " + p2 + " of collection " + cid + " has not been loaded into QueryNode");
        } else {
            assertCode(search, 201, "partition not loaded");
            assertCode(query, 201, "partition not loaded");
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row21_searchingWithoutPartitionNamesServesOnlyTheLoadedPartitions(Profile p) throws Exception {
        start(p).createCollection(C);
        s.createPartition(C, "p1");
        s.createPartition(C, "p2");
        s.insert(C, "p1", 1, 2);
        s.insert(C, "p2", 3, 4);
        assertOk(loadPartitions(C, "p1"));
        s.awaitLoaded(C, "p1");
        assertThat(LiveServer.ids(s.search(C))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(LiveServer.ids(s.query(C, "id >= 0"))).containsExactlyInAnyOrder(1L, 2L);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row22_searchingOrQueryingAPartitionThatDoesNotExistIsRefused(Profile p) throws Exception {
        start(p).createCollection(C);
        assertOk(loadCollection(C, 1));
        s.awaitLoaded(C);
        for (Status st : List.of(
                s.search(C, "ghost").getStatus(), s.query(C, "id >= 0", "ghost").getStatus())) {
            assertThat(st.getErrorCodeValue()).isEqualTo(1);
            assertThat(st.getReason()).isEqualTo("partition name ghost not found");
            if (p == Profile.MILVUS_2_3) {
                assertThat(st.getCode()).isEqualTo(65535);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row23_showingInMemoryPartitionsNamingOneThatIsNotLoaded(Profile p) throws Exception {
        long cid = start(p).createCollection(C);
        s.createPartition(C, "p1");
        long p2 = s.createPartition(C, "p2");
        assertOk(loadPartitions(C, "p1"));
        s.awaitLoaded(C, "p1");
        ShowPartitionsResponse r = s.stub()
                .showPartitions(ShowPartitionsRequest.newBuilder()
                        .setCollectionName(C)
                        .setType(ShowType.InMemory)
                        .addPartitionNames("p1")
                        .addPartitionNames("p2")
                        .build());
        if (p == Profile.MILVUS_2_1) {
            assertThat(r.getStatus().getErrorCodeValue()).isEqualTo(1);
            assertThat(r.getStatus().getReason())
                    .isEqualTo("partition " + p2 + " of collection " + cid + " has not been loaded into QueryNode");
        } else {
            assertOk(r.getStatus());
            assertThat(r.getPartitionNamesList()).containsExactly("p1", "p2");
            assertThat(r.getInMemoryPercentagesList()).containsExactly(100L, 0L);
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row24_rowsInsertedIntoALoadedPartitionAreSearchableAtOnce(Profile p) throws Exception {
        start(p).createCollection(C);
        s.createPartition(C, "p1");
        assertOk(loadPartitions(C, "p1"));
        s.awaitLoaded(C, "p1");
        assertOk(s.insert(C, "p1", 7, 8).getStatus());
        assertThat(LiveServer.ids(s.search(C, "p1"))).containsExactlyInAnyOrder(7L, 8L);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row25_rowsInsertedIntoAReleasedPartitionAreKeptAndSearchableAfterLoad(Profile p) throws Exception {
        start(p).createCollection(C);
        s.createPartition(C, "p1");
        s.createPartition(C, "p2");
        assertOk(loadPartitions(C, "p1"));
        s.awaitLoaded(C, "p1");
        assertOk(s.insert(C, "p2", 5, 6).getStatus());
        assertThat(LiveServer.ids(s.search(C))).doesNotContain(5L, 6L);
        assertOk(releasePartitions(C, "p1"));
        assertOk(loadPartitions(C, "p2"));
        s.awaitLoaded(C, "p2");
        assertThat(LiveServer.ids(s.search(C, "p2"))).containsExactlyInAnyOrder(5L, 6L);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void row26_aReplicaNumberOfZeroOrLessMeansOne(Profile p) throws Exception {
        start(p).createCollection(C);
        assertOk(loadCollection(C, 0));
        s.awaitLoaded(C);
        assertThat(s.stub()
                        .getReplicas(GetReplicasRequest.newBuilder()
                                .setCollectionName(C)
                                .build())
                        .getReplicasCount())
                .isEqualTo(1);
        assertOk(loadCollection(C, -3));
        assertOk(loadCollection(C, 1));
    }
}
