package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.EngineException;
import io.partita.server.model.LoadState;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryNodeMetrics;
import io.partita.server.model.ReplicaInfo;
import io.partita.server.model.SegmentInfo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Query nodes, replicas, the 90% rule and the exact accounting of loaded segments. */
class MemoryRulesTest {
    @TempDir
    Path dir;

    static long used(Engine e) {
        return e.queryNodes().stream().mapToLong(QueryNodeMetrics::usedBytes).sum();
    }

    @Test
    void moreReplicasThanQueryNodesAreRefused() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1, 64L << 20, 2)) {
            EngineFixture.createStandard(e);
            LifecycleTestBase.assertRefused(
                    () -> e.loadCollection(C, 3),
                    1,
                    65535,
                    "no enough nodes to create replicas, node_num=2 replica_num=3");
            assertThat(e.loadState(C, List.of())).isEqualTo(LoadState.NOT_LOAD);
        }
    }

    @Test
    void twoReplicasChargeEachReplicaGroupAndAreListed() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3, 64L << 20, 2)) {
            EngineFixture.createStandard(e);
            EngineFixture.insert(e, "", 0, 1000);
            e.flush(List.of(C));
            e.loadCollection(C, 2);
            EngineFixture.awaitLoaded(e, C, List.of());
            List<SegmentInfo> segments = e.querySegmentInfo(C);
            long perReplica =
                    segments.stream().mapToLong(SegmentInfo::memSizeBytes).sum();
            assertThat(perReplica).isGreaterThan(1000L * EngineFixture.DIM * 4);
            assertThat(e.queryNodes()).extracting(QueryNodeMetrics::usedBytes).containsExactly(perReplica, perReplica);
            assertThat(e.replicas(C))
                    .hasSize(2)
                    .extracting(ReplicaInfo::nodeIds)
                    .containsExactlyInAnyOrder(List.of(1L), List.of(2L));
            assertThat(segments.get(0).nodeIds()).containsExactly(1L, 2L);
            assertThat(e.systemInfoJson()).contains("\"memory_usage\":" + perReplica);
        }
    }

    @Test
    void aLoadBeyondNinetyPercentIsRefusedAtOnceWithNothingResident() {
        for (Profile profile : Profile.values()) {
            Path d = dir.resolve(profile.id());
            try (Engine e = EngineFixture.open(d, profile, 200_000, 1)) {
                EngineFixture.createStandard(e);
                e.createPartition(C, "small");
                EngineFixture.insert(e, "small", 0, 10);
                EngineFixture.insert(e, "", 100, 5000);
                e.flush(List.of(C));
                e.loadPartitions(C, List.of("small"), 1);
                EngineFixture.awaitLoaded(e, C, List.of("small"));
                long before = used(e);
                assertThat(before).isPositive();
                // 2.1 refuses a second LoadPartitions for its own rule first, so load everything from scratch there
                if (profile == Profile.MILVUS_2_1) {
                    e.releasePartitions(C, List.of("small"));
                    before = used(e);
                }
                long start = System.nanoTime();
                EngineException refused = LifecycleTestBase.refused(
                        profile != Profile.MILVUS_2_1
                                ? () -> e.loadPartitions(C, List.of("_default"), 1)
                                : () -> e.loadCollection(C, 1));
                assertThat(System.nanoTime() - start)
                        .as("refused at once, without reading data")
                        .isLessThan(1_000_000_000L);
                assertThat(refused.reason())
                        .matches("no enough memory to load collection/partitions, collectionSize=\\d+, replicasNum=1");
                assertThat(refused.code()).isEqualTo(profile == Profile.MILVUS_2_1 ? 65535 : 3);
                assertThat(refused.legacyCode()).isEqualTo(1);
                assertThat(used(e)).isEqualTo(before);
                assertThat(e.loadState(C, List.of("_default"))).isEqualTo(LoadState.NOT_LOAD);
            }
        }
    }

    @Test
    void accountingEqualsTheSegmentSizesAndDropsToZeroOnRelease() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            EngineFixture.insert(e, "", 0, 300);
            e.flush(List.of(C));
            EngineFixture.insert(e, "", 300, 20);
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            EngineFixture.insert(e, "", 400, 20);
            long segments = e.querySegmentInfo(C).stream()
                    .mapToLong(SegmentInfo::memSizeBytes)
                    .sum();
            assertThat(used(e)).isEqualTo(segments);
            e.flush(List.of(C));
            segments = e.querySegmentInfo(C).stream()
                    .mapToLong(SegmentInfo::memSizeBytes)
                    .sum();
            assertThat(used(e))
                    .as("after a flush swaps growing chunks for a sealed segment")
                    .isEqualTo(segments);
            assertThat(e.querySegmentInfo(C)).extracting(SegmentInfo::state).containsOnly(SegmentInfo.STATE_SEALED);
            e.releaseCollection(C);
            assertThat(used(e)).isZero();
        }
    }
}
