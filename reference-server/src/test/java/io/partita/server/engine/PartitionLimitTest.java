package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.EngineException;
import io.partita.server.model.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SEMANTICS.md row 18 under both profiles: 4096 partitions counting _default, then a refusal. */
class PartitionLimitTest {
    @TempDir
    Path dir;

    @Test
    void row18_theFourThousandNinetySeventhPartitionIsRefusedUnderBothProfiles() throws Exception {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1)) {
            EngineFixture.createStandard(e);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Long>> created = new ArrayList<>();
                for (int i = 1; i < 4096; i++) {
                    String name = "p" + i;
                    created.add(pool.submit(() -> e.createPartition(C, name)));
                }
                for (Future<Long> f : created) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(e.showPartitions(C, List.of(), false)).hasSize(4096);
            EngineException refused = LifecycleTestBase.refused(() -> e.createPartition(C, "one_more"));
            assertThat(refused.reason()).isEqualTo("maximum partition's number should be limit to 4096");
            assertThat(refused.legacyCode()).isEqualTo(1);
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            assertThat(e.showPartitions(C, List.of(), false))
                    .as("partitions survive a restart")
                    .hasSize(4096);
            EngineException refused = LifecycleTestBase.refused(() -> e.createPartition(C, "one_more"));
            assertThat(refused.reason()).isEqualTo("maximum partition's number should be limit to 4096");
            assertThat(refused.legacyCode()).isEqualTo(1);
        }
    }
}
