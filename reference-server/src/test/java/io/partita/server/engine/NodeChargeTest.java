package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static io.partita.server.engine.EngineFixture.awaitLoaded;
import static io.partita.server.engine.EngineFixture.createStandard;
import static io.partita.server.engine.EngineFixture.insert;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.engine.core.LocalEngine;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryNodeMetrics;
import io.partita.server.model.ResourceGroupConfig;
import io.partita.server.model.SegmentInfo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On several query nodes a load spreads its segments over a replica's nodes, while growth is
 * charged to the replica's first node: a shrink (compaction, a smaller sealed segment) must come
 * off the nodes that hold the replica's bytes, so no node's charge ever goes below 0 and the sum
 * stays the resident bytes (found by ConcurrencyTest with three nodes).
 */
class NodeChargeTest {
    @TempDir
    Path dir;

    private Engine open() {
        return LocalEngine.open(EngineConfig.builder(dir)
                .profile(Profile.MILVUS_2_3)
                .memoryLimitBytes(256L << 20)
                .queryNodeCount(3)
                .autoCompaction(false)
                .build());
    }

    /** Three sealed segments of 100 rows, one per node once loaded. */
    private static void threeSegments(Engine e) {
        createStandard(e);
        for (int s = 0; s < 3; s++) {
            insert(e, "", s * 100L, 100);
            e.flush(List.of(C));
        }
    }

    private static void assertChargedWhereHeld(Engine e) {
        List<QueryNodeMetrics> nodes = e.queryNodes();
        assertThat(nodes)
                .allSatisfy(
                        n -> assertThat(n.usedBytes()).as("node %d", n.nodeId()).isNotNegative());
        long resident = e.querySegmentInfo(C).stream()
                .mapToLong(SegmentInfo::memSizeBytes)
                .sum();
        assertThat(nodes.stream().mapToLong(QueryNodeMetrics::usedBytes).sum())
                .as("charged over the nodes = resident bytes")
                .isEqualTo(resident);
    }

    @Test
    void aCompactionFreesItsBytesFromTheNodesThatHoldThemNotOnlyTheFirst() throws Exception {
        try (Engine e = open()) {
            threeSegments(e);
            e.loadCollection(C, 1);
            awaitLoaded(e, C, List.of());
            assertThat(e.queryNodes())
                    .as("one segment on each node")
                    .allSatisfy(n -> assertThat(n.usedBytes()).isPositive());

            e.delete(C, "", "id < 290");
            e.compact(C, 0); // frees most of three segments' bytes

            assertChargedWhereHeld(e);
            e.releaseCollection(C);
            assertThat(e.queryNodes()).allSatisfy(n -> assertThat(n.usedBytes()).isZero());
        }
    }

    @Test
    void aReplicaMovedToAnotherGroupShrinksOnTheNodesItWasChargedTo() throws Exception {
        try (Engine e = open()) {
            threeSegments(e);
            e.loadCollection(C, 1);
            awaitLoaded(e, C, List.of());
            e.createResourceGroup("rg_x", ResourceGroupConfig.of(1, 1)); // takes node 3
            e.transferReplica("__default_resource_group", "rg_x", C, 1);
            assertThat(e.replicas(C).get(0).nodeIds()).containsExactly(3L);

            e.delete(C, "", "id < 290");
            e.compact(C, 0);

            assertChargedWhereHeld(e);
            e.releaseCollection(C);
            assertThat(e.queryNodes()).allSatisfy(n -> assertThat(n.usedBytes()).isZero());
        }
    }
}
