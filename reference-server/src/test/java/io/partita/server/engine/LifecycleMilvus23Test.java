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

/** SEMANTICS.md rows 1-26 under the milvus-2.3 profile (row 18 is in PartitionLimitTest). */
class LifecycleMilvus23Test extends LifecycleTestBase {
    @Override
    Profile profile() {
        return Profile.MILVUS_2_3;
    }

    long usedBytes() {
        return engine.queryNodes().stream()
                .mapToLong(QueryNodeMetrics::usedBytes)
                .sum();
    }

    @Test
    void row01_loadingACollectionLoadedTheSameWayAgainSucceeds() {
        loadCollection();
        engine.loadCollection(C, 1);
        assertThat(engine.loadState(C, List.of())).isEqualTo(LoadState.LOADED);
    }

    @Test
    void row02_changingTheReplicaNumberOfALoadedCollectionIsAnInvalidParameter() {
        loadCollection();
        assertRefused(
                () -> engine.loadCollection(C, 2),
                5,
                1100,
                "can't change the replica number for loaded collection: invalid parameter[expected=1][actual=2]");
    }

    @Test
    void row03_loadingTheCollectionWhilePartitionsAreLoadedLoadsEveryPartition() {
        loadPartitions("p1");
        loadCollection();
        assertThat(engine.loadState(C, List.of("_default", "p1", "p2"))).isEqualTo(LoadState.LOADED);
        assertThat(visibleIds()).hasSize(30);
    }

    @Test
    void row04_loadingPartitionsOfALoadedCollectionSucceeds() {
        loadCollection();
        engine.loadPartitions(C, List.of("p1"), 1);
        assertThat(engine.loadState(C, List.of())).isEqualTo(LoadState.LOADED);
    }

    @Test
    void row05_loadingTheLoadedSetOrASubsetSucceeds() {
        loadPartitions("p1", "p2");
        engine.loadPartitions(C, List.of("p1"), 1);
        assertThat(engine.loadState(C, List.of("p1", "p2"))).isEqualTo(LoadState.LOADED);
    }

    @Test
    void row06_addingAPartitionInASeparateLoadLoadsTheUnion() {
        loadPartitions("p1");
        loadPartitions("p2");
        assertThat(engine.loadState(C, List.of("p1", "p2"))).isEqualTo(LoadState.LOADED);
        assertThat(visibleIds()).hasSize(20);
    }

    @Test
    void row07_loadingAnEmptyPartitionListIsRefused() {
        assertRefused(() -> engine.loadPartitions(C, List.of(), 1), 1, 65535, "partitionIDs are empty");
    }

    @Test
    void row08_loadingOrReleasingAMissingPartitionIsPartitionNotFound() {
        assertRefused(
                () -> engine.loadPartitions(C, List.of("nope"), 1), 15, 200, "partition not found[partition=nope]");
        assertRefused(
                () -> engine.releasePartitions(C, List.of("nope")), 15, 200, "partition not found[partition=nope]");
    }

    @Test
    void row09_loadingOrReleasingAMissingCollectionIsCollectionNotFound() {
        assertRefused(() -> engine.loadCollection("missing", 1), 4, 100, "collection not found[collection=missing]");
        assertRefused(() -> engine.releaseCollection("missing"), 4, 100, "collection not found[collection=missing]");
    }

    @Test
    void row10_releasingPartitionsOfALoadedCollectionLeavesItPartiallyLoaded() {
        loadCollection();
        engine.releasePartitions(C, List.of("p1"));
        assertThat(engine.loadState(C, List.of("p1"))).isEqualTo(LoadState.NOT_LOAD);
        assertThat(engine.loadState(C, List.of("p2"))).isEqualTo(LoadState.LOADED);
        assertThat(visibleIds()).hasSize(20).doesNotContain(100L);
    }

    @Test
    void row11_releasingPartitionsThatAreNotLoadedSucceeds() {
        loadPartitions("p1");
        engine.releasePartitions(C, List.of("p2"));
        assertThat(engine.loadState(C, List.of("p1"))).isEqualTo(LoadState.LOADED);
    }

    @Test
    void row12_releasingEveryLoadedPartitionReleasesTheCollection() {
        loadCollection();
        engine.releasePartitions(C, List.of("_default", "p1", "p2"));
        assertThat(engine.loadState(C, List.of())).isEqualTo(LoadState.NOT_LOAD);
        assertThat(usedBytes()).isZero();
    }

    @Test
    void row13_releasingACollectionThatIsNotLoadedSucceeds() {
        engine.releaseCollection(C);
        assertThat(engine.loadState(C, List.of())).isEqualTo(LoadState.NOT_LOAD);
    }

    @Test
    void row14_theDefaultPartitionCannotBeDropped() {
        assertRefused(() -> engine.dropPartition(C, "_default"), 1, 65535, "default partition cannot be deleted");
    }

    @Test
    void row15_droppingAMissingPartitionIsPartitionNotFound() {
        assertRefused(() -> engine.dropPartition(C, "nope"), 15, 200, "partition not found[partition=nope]");
    }

    @Test
    void row16_droppingALoadedPartitionIsRefused() {
        loadPartitions("p1");
        assertRefused(
                () -> engine.dropPartition(C, "p1"),
                1,
                65535,
                "partition cannot be dropped, partition is loaded, please release it first");
        assertThat(engine.loadState(C, List.of("p1"))).isEqualTo(LoadState.LOADED);
        engine.releasePartitions(C, List.of("p1"));
        engine.dropPartition(C, "p1");
        assertThat(engine.hasPartition(C, "p1")).isFalse();
    }

    @Test
    void row17_creatingAnExistingPartitionIsAnInvalidParameter() {
        assertRefused(() -> engine.createPartition(C, "p1"), 5, 1100, "partition name = p1 already exists");
    }

    @Test
    void row19_searchAndQueryWithNothingLoadedAreCollectionNotLoaded() {
        assertRefused(this::searchAll, 1, 101, "collection not loaded[collection=coll]");
        assertRefused(this::visibleIds, 1, 101, "collection not loaded[collection=coll]");
    }

    @Test
    void row20_searchingAPartitionThatIsNotLoadedIsPartitionNotLoaded() {
        loadPartitions("p1");
        assertRefused(
                () -> engine.search(EngineFixture.searchRequest(C, List.of("p2"), new float[EngineFixture.DIM], 3)),
                1,
                201,
                "partition not loaded[partition=" + pid("p2") + "]");
        assertRefused(
                () -> EngineFixture.queryIds(engine, List.of("p2")),
                1,
                201,
                "partition not loaded[partition=" + pid("p2") + "]");
    }

    @Test
    void row21_searchWithoutPartitionNamesServesTheLoadedPartitionsOnly() {
        loadPartitions("p2");
        assertThat(visibleIds())
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.range(200, 210).boxed().toList());
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
    void row23_showingInMemoryAnswersWithPercentagesZeroForNotLoaded() {
        loadPartitions("p1");
        List<PartitionInfo> shown = engine.showPartitions(C, List.of("p1", "p2"), true);
        assertThat(shown).extracting(PartitionInfo::inMemoryPercentage).containsExactly(100, 0);
        assertThat(shown).extracting(PartitionInfo::loadState).containsExactly(LoadState.LOADED, LoadState.NOT_LOAD);
    }

    @Test
    void row24_insertsIntoALoadedPartitionAreSearchableAtOnce() {
        loadCollection();
        EngineFixture.insert(engine, "p2", 700, 3);
        assertThat(visibleIds()).contains(700L, 701L, 702L).hasSize(33);
    }

    @Test
    void row25_insertsIntoAReleasedPartitionArePersistedAndSearchableAfterLoad() {
        loadPartitions("p1");
        EngineFixture.insert(engine, "p2", 600, 5);
        assertThat(visibleIds()).doesNotContain(600L);
        loadPartitions("p2");
        assertThat(visibleIds()).contains(600L, 604L).hasSize(25);
    }

    @Test
    void row26_aReplicaNumberOfZeroOrLessMeansOne() {
        engine.loadPartitions(C, List.of("p1"), 0);
        engine.loadPartitions(C, List.of("p2"), -1);
        assertThat(engine.replicas(C)).hasSize(1);
    }
}
