package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.LoadState;
import io.partita.server.model.PartitionInfo;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryNodeMetrics;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** SEMANTICS.md rows 1-26 under the milvus-2.1 profile (row 18 is in PartitionLimitTest). */
class LifecycleMilvus21Test extends LifecycleTestBase {
    @Override
    Profile profile() {
        return Profile.MILVUS_2_1;
    }

    @Test
    void row01_loadingACollectionLoadedTheSameWayAgainIsANoOp() {
        loadCollection();
        engine.loadCollection(C, 1);
        assertThat(engine.loadState(C, List.of())).isEqualTo(LoadState.LOADED);
    }

    @Test
    void row02_loadingALoadedCollectionWithAnotherReplicaNumberIsRefused() {
        loadCollection();
        assertRefused(
                () -> engine.loadCollection(C, 2),
                5,
                1100,
                "collection has already been loaded, and the number of replicas 1 is not same as the request's 2. "
                        + "Should release first then reload with the new number of replicas");
    }

    @Test
    void row03_loadingTheCollectionWhilePartitionsAreLoadedIsRefused() {
        loadPartitions("p1");
        assertRefused(
                () -> engine.loadCollection(C, 1),
                5,
                1100,
                "some partitions [" + pid("p1") + "] of collection " + cid
                        + " has been loaded into QueryNode, please release partitions firstly");
    }

    @Test
    void row04_loadingPartitionsOfALoadedCollectionIsRefused() {
        loadCollection();
        assertRefused(
                () -> engine.loadPartitions(C, List.of("p1"), 1),
                5,
                1100,
                "collection " + cid + " has been loaded into QueryNode, please release collection firstly");
    }

    @Test
    void row05_loadingTheLoadedSetOrASubsetIsANoOp() {
        loadPartitions("p1", "p2");
        engine.loadPartitions(C, List.of("p1", "p2"), 1);
        engine.loadPartitions(C, List.of("p1"), 1);
        assertThat(engine.loadState(C, List.of("p1", "p2"))).isEqualTo(LoadState.LOADED);
    }

    @Test
    void row06_addingAPartitionInASeparateLoadIsRefused() {
        loadPartitions("p1");
        assertRefused(
                () -> engine.loadPartitions(C, List.of("p2"), 1),
                5,
                1100,
                "some partitions [" + pid("p1") + "] of collection " + cid
                        + " has been loaded into QueryNode, please release partitions firstly");
    }

    @Test
    void row07_loadingAnEmptyPartitionListIsRefused() {
        assertRefused(() -> engine.loadPartitions(C, List.of(), 1), 1, 65535, "partitionIDs are empty");
    }

    @Test
    void row08_loadingOrReleasingAMissingPartitionIsRefused() {
        assertRefused(
                () -> engine.loadPartitions(C, List.of("nope"), 1),
                1,
                65535,
                "partitionID of partitionName:nope can not be find");
        assertRefused(
                () -> engine.releasePartitions(C, List.of("nope")),
                1,
                65535,
                "partitionID of partitionName:nope can not be find");
    }

    @Test
    void row09_loadingOrReleasingAMissingCollectionIsRefused() {
        assertRefused(() -> engine.loadCollection("missing", 1), 4, 100, "can't find collection: missing");
        assertRefused(() -> engine.releaseCollection("missing"), 4, 100, "can't find collection: missing");
        assertRefused(
                () -> engine.loadPartitions("missing", List.of("p1"), 1), 4, 100, "can't find collection: missing");
    }

    @Test
    void row10_releasingPartitionsOfACollectionLoadedAsAWholeIsRefused() {
        loadCollection();
        assertRefused(
                () -> engine.releasePartitions(C, List.of("p1")),
                1,
                65535,
                "releasing some partitions after load collection is not supported");
        assertThat(engine.loadState(C, List.of("p1"))).isEqualTo(LoadState.LOADED);
    }

    @Test
    void row11_releasingPartitionsThatAreNotLoadedIsANoOp() {
        loadPartitions("p1");
        engine.releasePartitions(C, List.of("p2"));
        assertThat(engine.loadState(C, List.of("p1"))).isEqualTo(LoadState.LOADED);
    }

    @Test
    void row12_releasingEveryLoadedPartitionReleasesTheCollection() {
        loadPartitions("p1", "p2");
        engine.releasePartitions(C, List.of("p1", "p2"));
        assertThat(engine.loadState(C, List.of())).isEqualTo(LoadState.NOT_LOAD);
        assertThat(engine.queryNodes().get(0).usedBytes()
                        + engine.queryNodes().get(1).usedBytes())
                .isZero();
    }

    @Test
    void row13_releasingACollectionThatIsNotLoadedIsANoOp() {
        engine.releaseCollection(C);
        assertThat(engine.loadState(C, List.of())).isEqualTo(LoadState.NOT_LOAD);
    }

    @Test
    void row14_theDefaultPartitionCannotBeDropped() {
        assertRefused(() -> engine.dropPartition(C, "_default"), 1, 65535, "default partition cannot be deleted");
    }

    @Test
    void row15_droppingAMissingPartitionIsRefused() {
        assertRefused(() -> engine.dropPartition(C, "nope"), 1, 65535, "partition nope does not exist");
    }

    @Test
    void row16_droppingALoadedPartitionReleasesItsMemoryFirst() {
        loadPartitions("p1");
        assertThat(engine.queryNodes().stream()
                        .mapToLong(QueryNodeMetrics::usedBytes)
                        .sum())
                .isPositive();
        engine.dropPartition(C, "p1");
        assertThat(engine.hasPartition(C, "p1")).isFalse();
        assertThat(engine.queryNodes().stream()
                        .mapToLong(QueryNodeMetrics::usedBytes)
                        .sum())
                .isZero();
        assertThat(engine.loadState(C, List.of())).isEqualTo(LoadState.NOT_LOAD);
    }

    @Test
    void row17_creatingAnExistingPartitionIsRefused() {
        assertRefused(() -> engine.createPartition(C, "p1"), 1, 65535, "partition name = p1 already exists");
    }

    @Test
    void row19_searchAndQueryWithNothingLoadedAreRefused() {
        assertRefused(this::searchAll, 1, 65535, "collection:coll or partition:[] not loaded into memory when search");
        assertRefused(this::visibleIds, 1, 65535, "collection:coll or partition:[] not loaded into memory when query");
    }

    @Test
    void row20_searchingAPartitionThatIsNotLoadedIsRefused() {
        loadPartitions("p1");
        assertRefused(
                () -> engine.search(EngineFixture.searchRequest(C, List.of("p2"), new float[EngineFixture.DIM], 3)),
                1,
                65535,
                "checkIfLoaded failed when search, collection:coll, partitions:[p2], err = partition " + pid("p2")
                        + " of collection " + cid + " has not been loaded into QueryNode");
        assertRefused(
                () -> EngineFixture.queryIds(engine, List.of("p2")),
                1,
                65535,
                "checkIfLoaded failed when query, collection:coll, partitions:[p2], err = partition " + pid("p2")
                        + " of collection " + cid + " has not been loaded into QueryNode");
    }

    @Test
    void row21_searchWithoutPartitionNamesServesTheLoadedPartitionsOnly() {
        loadPartitions("p1");
        assertThat(visibleIds())
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.range(100, 110).boxed().toList());
        assertThat(LongStream.of(EngineFixture.ids(searchAll())).boxed().toList())
                .hasSize(10)
                .allSatisfy(id -> assertThat(id).isBetween(100L, 109L));
    }

    @Test
    void row22_searchingAMissingPartitionIsRefused() {
        loadPartitions("p1");
        assertRefused(
                () -> engine.search(EngineFixture.searchRequest(C, List.of("nope"), new float[EngineFixture.DIM], 3)),
                1,
                65535,
                "partition name nope not found");
    }

    @Test
    void row23_showingInMemoryAPartitionThatIsNotLoadedIsRefused() {
        loadPartitions("p1");
        assertRefused(
                () -> engine.showPartitions(C, List.of("p2"), true),
                1,
                65535,
                "partition " + pid("p2") + " of collection " + cid + " has not been loaded into QueryNode");
        assertThat(engine.showPartitions(C, List.of(), true))
                .extracting(PartitionInfo::name)
                .containsExactly("p1");
        assertThat(engine.showPartitions(C, List.of("p1"), true).get(0).inMemoryPercentage())
                .isEqualTo(100);
    }

    @Test
    void row24_insertsIntoALoadedPartitionAreSearchableAtOnce() {
        loadPartitions("p1");
        EngineFixture.insert(engine, "p1", 500, 5);
        assertThat(visibleIds()).contains(500L, 501L, 502L, 503L, 504L).hasSize(15);
    }

    @Test
    void row25_insertsIntoAReleasedPartitionArePersistedAndSearchableAfterLoad() {
        loadPartitions("p1");
        EngineFixture.insert(engine, "p2", 600, 5);
        assertThat(visibleIds()).doesNotContain(600L);
        engine.releasePartitions(C, List.of("p1"));
        loadPartitions("p1", "p2");
        assertThat(visibleIds()).contains(600L, 604L).hasSize(25);
        assertThat(engine.partitionRowCount(C, "p2")).isEqualTo(15);
    }

    @Test
    void row26_aReplicaNumberOfZeroOrLessMeansOne() {
        engine.loadCollection(C, 0);
        EngineFixture.awaitLoaded(engine, C, List.of());
        engine.loadCollection(C, 1);
        assertThat(engine.replicas(C)).hasSize(1);
        engine.releaseCollection(C);
        engine.loadPartitions(C, List.of("p1"), -3);
        assertThat(engine.replicas(C)).hasSize(1);
    }
}
