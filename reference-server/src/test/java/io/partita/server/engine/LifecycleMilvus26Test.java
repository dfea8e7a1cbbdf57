package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.EngineException;
import io.partita.server.model.PartitionInfo;
import io.partita.server.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle table under the milvus-2.6 profile: every row of milvus-2.3 is inherited and runs again
 * here; the rows where Milvus 2.6 answers differently are overridden (docs/profiles.md, the 2.6 column).
 */
class LifecycleMilvus26Test extends LifecycleMilvus23Test {
    @Override
    Profile profile() {
        return Profile.MILVUS_2_6;
    }

    @Test
    @Override
    void row09_loadingOrReleasingAMissingCollectionIsCollectionNotFound() {
        String reason = "collection not found[database=default][collection=missing]";
        assertRefused(() -> engine.loadCollection("missing", 1), 4, 100, reason);
        assertRefused(() -> engine.releaseCollection("missing"), 4, 100, reason);
    }

    @Test
    @Override
    void row19_searchAndQueryWithNothingLoadedAreCollectionNotLoaded() {
        assertRefused(this::searchAll, 1, 101, "failed to search: collection not loaded[collection=coll]");
        assertRefused(this::visibleIds, 1, 101, "collection not loaded[collection=coll]");
    }

    @Test
    @Override
    void row15_droppingAMissingPartitionIsPartitionNotFound() {
        int before = engine.showPartitions(C, List.of(), false).size();
        engine.dropPartition(C, "nope");
        assertThat(engine.showPartitions(C, List.of(), false)).hasSize(before);
    }

    @Test
    @Override
    void row17_creatingAnExistingPartitionIsAnInvalidParameter() {
        long id = pid("p1");
        assertThat(engine.createPartition(C, "p1"))
                .as("the existing partition's id")
                .isEqualTo(id);
        assertThat(engine.showPartitions(C, List.of(), false))
                .extracting(PartitionInfo::name)
                .containsOnlyOnce("p1");
    }

    @Test
    void row18_theThousandAndTwentyFifthPartitionIsRefused() {
        for (int i = engine.showPartitions(C, List.of(), false).size(); i < 1024; i++) {
            engine.createPartition(C, "extra" + i);
        }
        assertThat(engine.showPartitions(C, List.of(), false)).hasSize(1024);
        EngineException refused = refused(() -> engine.createPartition(C, "one_more"));
        assertThat(refused.reason())
                .isEqualTo("partition number (1024) exceeds max configuration (1024), collection: " + C);
        assertThat(refused.code()).isEqualTo(65535);
    }

    /** Names are validated before they are looked up, collection names in 2.4+'s wording. */
    @Test
    void invalidNamesAreRefusedAsInvalidBeforeTheyAreLookedUp() {
        EngineException e = LifecycleTestBase.refused(() -> engine.createPartition("12-s", "p"));
        assertThat(e.code()).isEqualTo(1100);
        assertThat(e.reason())
                .isEqualTo("Invalid collection name: 12-s. the first character of a collection name must be an"
                        + " underscore or letter: invalid parameter");
        assertThat(LifecycleTestBase.refused(() -> engine.hasPartition(C, "a-b"))
                        .reason())
                .isEqualTo("Invalid partition name: a-b. Partition name can only contain numbers, letters and"
                        + " underscores.");
        assertThat(LifecycleTestBase.refused(() -> engine.releasePartitions(C, List.of("1p")))
                        .reason())
                .isEqualTo("Invalid partition name: 1p. The first character of a partition name must be an"
                        + " underscore or letter.");
        assertThat(LifecycleTestBase.refused(() -> engine.loadCollection("a".repeat(256), 1))
                        .reason())
                .endsWith(". the length of a collection name must be less than 255 characters: invalid parameter");
    }

    /** Empty names and an empty release list in the 2.6 proxy's and query coordinator's words (rows 31, 46). */
    @Test
    void emptyNamesAndAnEmptyReleaseListAreInvalidParameters() {
        assertRefused(
                () -> engine.createPartition(C, ""),
                5,
                1100,
                "Invalid partition name: . Partition name should not be empty.");
        assertRefused(
                () -> engine.releasePartitions(C, List.of()),
                5,
                1100,
                "invalid parameter[expected=any partition][actual=empty partition list]");
        assertThat(LifecycleTestBase.refused(() -> engine.createPartition(" ", "p"))
                        .reason())
                .isEqualTo("Invalid collection name: . collection name should not be empty: invalid parameter");
    }

    /** DescribeCollection words a missing collection as Milvus 2.4+'s describe task does (row 49). */
    @Test
    void describingAMissingCollectionSaysCantFindCollection() {
        assertRefused(
                () -> engine.describeCollection("gone"),
                4,
                100,
                "can't find collection[database=default][collection=gone]");
    }
}
