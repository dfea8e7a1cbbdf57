package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.engine.core.LocalEngine;
import io.partita.server.model.EngineException;
import io.partita.server.model.LoadState;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads are asynchronous with monotonic progress; a release during a load cancels it and frees everything. */
class LoadProgressTest {
    private static final int DIM = 32;

    @TempDir
    Path dir;

    Engine engine;

    @BeforeEach
    void flushFourSegments() {
        engine = LocalEngine.open(EngineConfig.builder(dir)
                .profile(Profile.MILVUS_2_3)
                .memoryLimitBytes(1L << 30)
                .build());
        engine.createCollection(EngineFixture.schema("big", DIM));
        Random rnd = new Random(5);
        for (int s = 0; s < 4; s++) {
            engine.insert("big", "", EngineFixture.rows(s * 50_000L, 50_000, DIM, rnd));
            engine.flush(List.of("big"));
        }
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void progressRisesMonotonicallyToOneHundred() {
        List<Integer> seen = new ArrayList<>();
        engine.loadCollection("big", 1);
        while (engine.loadState("big", List.of()) != LoadState.LOADED) {
            seen.add(engine.loadingProgress("big", List.of()));
            seen.add(engine.showCollections(List.of("big"), true).get(0).inMemoryPercentage());
        }
        seen.add(engine.loadingProgress("big", List.of()));
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)).as("progress sample %d of %s", i, seen).isGreaterThanOrEqualTo(seen.get(i - 1));
        }
        assertThat(seen.get(seen.size() - 1)).isEqualTo(100);
        assertThat(seen).allMatch(p -> p >= 0 && p <= 100);
    }

    @Test
    void aReleaseDuringALoadCancelsItAndFreesTheMemory() throws InterruptedException {
        engine.loadCollection("big", 1);
        assertThat(engine.queryNodes().get(0).usedBytes())
                .as("charged when scheduled")
                .isPositive();
        engine.releaseCollection("big");
        assertThat(engine.queryNodes().get(0).usedBytes()).isZero();
        assertThat(engine.loadState("big", List.of())).isEqualTo(LoadState.NOT_LOAD);
        Thread.sleep(300); // the cancelled loader must not publish anything afterwards
        assertThat(engine.loadState("big", List.of())).isEqualTo(LoadState.NOT_LOAD);
        assertThat(engine.queryNodes().get(0).usedBytes()).isZero();
        assertThat(engine.loadingProgress("big", List.of())).isZero();
        EngineException refused = LifecycleTestBase.refused(
                () -> engine.query(new QueryRequest("big", "id >= 0", List.of(), List.of(), -1, 0)));
        assertThat(refused.code()).isEqualTo(101);
    }
}
