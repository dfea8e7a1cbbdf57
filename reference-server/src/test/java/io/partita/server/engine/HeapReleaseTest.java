package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.engine.core.LocalEngine;
import io.partita.server.memory.RamUsage;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
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

    /**
     * Float16, Int8 and sparse columns are charged what they really occupy: the heap grows by
     * the charged bytes (within GC noise) while loaded and returns after the release.
     */
    @Test
    void newVectorTypesAreChargedWhatTheyOccupyOnTheHeap() throws InterruptedException {
        int rows = 60_000;
        int dim = 64;
        int pairs = 16;
        try (Engine e = LocalEngine.open(
                EngineConfig.builder(dir).memoryLimitBytes(1L << 30).build())) {
            e.createCollection(new CollectionSchema(
                    "kinds",
                    "",
                    List.of(
                            FieldSchema.int64Key("id", false),
                            VectorTypesTest.vector("f16", DataType.FLOAT16_VECTOR, dim),
                            VectorTypesTest.vector("i8", DataType.INT8_VECTOR, dim),
                            VectorTypesTest.vector("sparse", DataType.SPARSE_FLOAT_VECTOR, 0)),
                    1,
                    0));
            Random rnd = new Random(11);
            for (int first = 0; first < rows; first += 20_000) {
                int n = 20_000;
                long[] ids = new long[n];
                byte[] f16 = new byte[n * dim * 2];
                byte[] i8 = new byte[n * dim];
                byte[][] sparse = new byte[n][];
                rnd.nextBytes(f16);
                rnd.nextBytes(i8);
                for (int r = 0; r < n; r++) {
                    ids[r] = first + r;
                    long[] idx = new long[pairs];
                    float[] val = new float[pairs];
                    for (int p = 0; p < pairs; p++) {
                        idx[p] = p * 1000L + rnd.nextInt(1000);
                        val[p] = rnd.nextFloat();
                    }
                    sparse[r] = VectorTypesTest.sparse(idx, val);
                }
                e.insert(
                        "kinds",
                        "",
                        List.of(
                                FieldColumn.longs("id", ids),
                                FieldColumn.byteVectors("f16", DataType.FLOAT16_VECTOR, dim, f16),
                                FieldColumn.byteVectors("i8", DataType.INT8_VECTOR, dim, i8),
                                FieldColumn.sparseVectors("sparse", sparse)));
            }
            e.flush(List.of("kinds"));
            long before = usedHeapAfterGc();
            e.loadCollection("kinds", 1);
            EngineFixture.awaitLoaded(e, "kinds", List.of());
            long charged = e.queryNodes().get(0).usedBytes();
            long loaded = usedHeapAfterGc();
            e.releaseCollection("kinds");
            long after = usedHeapAfterGc();

            System.out.printf(
                    "new types: heap before=%d loaded=%d after=%d charged=%d%n", before, loaded, after, charged);
            // per row: id 8, f16 128, i8 64, a sparse row's array (16 + 128) and its reference 4
            long raw = (long) rows * (8 + 2 * dim + dim + RamUsage.array(1, 8L * pairs) + 4);
            assertThat(charged).as("charged bytes cover the columns").isGreaterThanOrEqualTo(raw);
            assertThat(loaded - before)
                    .as("heap growth while loaded (charged %d)", charged)
                    .isBetween(charged * 8 / 10, charged * 12 / 10);
            assertThat(after - before).as("heap left after release").isLessThan(Math.max(2L << 20, charged / 20));
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
