package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.engine.core.LocalEngine;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loaded data really lives on the heap, and a release really gives it back. */
class HeapReleaseTest {
    private static final int DIM = 64;
    private static final int ROWS = 150_000;

    @TempDir
    Path dir;

    @Test
    void releasingALoadedPartitionReturnsTheHeapToItsPreLoadLevel() throws InterruptedException {
        try (Engine e = LocalEngine.open(
                EngineConfig.builder(dir).memoryLimitBytes(1L << 30).build())) {
            e.createCollection(EngineFixture.schema("big", DIM));
            Random rnd = new Random(7);
            for (int first = 0; first < ROWS; first += 25_000) {
                e.insert("big", "", EngineFixture.rows(first, 25_000, DIM, rnd));
            }
            e.flush(List.of("big"));
            long before = usedHeapAfterGc();

            e.loadCollection("big", 1);
            EngineFixture.awaitLoaded(e, "big", List.of());
            long charged = e.queryNodes().get(0).usedBytes();
            long loaded = usedHeapAfterGc();

            e.releaseCollection("big");
            assertThat(e.queryNodes().get(0).usedBytes())
                    .as("accounting after release")
                    .isZero();
            long after = usedHeapAfterGc();

            System.out.printf("heap before=%d loaded=%d after=%d charged=%d%n", before, loaded, after, charged);
            assertThat(charged).as("charged bytes cover the raw vectors").isGreaterThan((long) ROWS * DIM * 4);
            assertThat(loaded - before)
                    .as("heap growth while loaded (charged %d)", charged)
                    .isGreaterThan(charged * 8 / 10);
            assertThat(after - before)
                    .as("heap left after release (loaded %d MB)", (loaded - before) >> 20)
                    .isLessThan(Math.max(2L << 20, charged / 20));
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
            best = Math.min(
                    best,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return best;
    }
}
