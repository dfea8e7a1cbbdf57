package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static io.partita.server.engine.EngineFixture.awaitLoaded;
import static io.partita.server.engine.EngineFixture.createStandard;
import static io.partita.server.engine.EngineFixture.insert;
import static io.partita.server.engine.EngineFixture.queryIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.server.engine.core.LocalEngine;
import io.partita.server.model.Compaction;
import io.partita.server.model.IndexDescription;
import io.partita.server.model.Profile;
import io.partita.server.storage.Compactions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compaction: sealed segments rewritten without deleted rows into one, the delete log truncated,
 * a crash at any switch point leaving the old files or the new ones, a loaded partition swapping
 * without a gap and giving back exactly the bytes it freed, and the automatic rule at flush.
 */
class CompactionTest {
    private static final List<Long> LIVE = LongStream.range(90, 300).boxed().toList();

    @TempDir
    Path dir;

    @AfterEach
    void noHook() {
        Compactions.crashHook(null);
    }

    private static Engine open(Path dir, boolean auto) {
        return LocalEngine.open(EngineConfig.builder(dir)
                .profile(Profile.MILVUS_2_3)
                .memoryLimitBytes(256L << 20)
                .autoCompaction(auto)
                .build());
    }

    /** 300 rows in three sealed segments, ids 0..89 deleted. */
    private static void populate(Engine e) {
        createStandard(e);
        for (int s = 0; s < 3; s++) {
            insert(e, "", s * 100L, 100);
            e.flush(List.of(C));
        }
        e.delete(C, "", "id < 90");
    }

    private Path partitionDir() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("p") && Files.isDirectory(p))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private List<String> files(String glob) throws IOException {
        List<String> out = new ArrayList<>();
        try (var ds = Files.newDirectoryStream(partitionDir(), glob)) {
            ds.forEach(p -> out.add(p.getFileName().toString()));
        }
        return out;
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }

    @Test
    void manualCompactionMergesTheSegmentsWithoutDeletedRowsAndTruncatesTheDeleteLog() throws IOException {
        try (Engine e = open(dir, false)) {
            populate(e);
            assertThat(files("seg-*.seg")).hasSize(3);

            Compaction c = e.compact(C, 0);

            assertThat(c.plans()).hasSize(1);
            Compaction.Plan plan = c.plans().get(0);
            assertThat(plan.sources()).hasSize(3);
            assertThat(plan.removedRows()).isEqualTo(90);
            assertThat(plan.droppedTombstones()).isEqualTo(90);
            assertThat(files("seg-*.seg")).containsExactly("seg-" + plan.target() + ".seg");
            assertThat(files("cmp-*")).isEmpty();
            assertThat(files("compaction.*")).isEmpty();
            assertThat(Files.size(partitionDir().resolve("deletes.log"))).isZero();
            assertThat(e.partitionRowCount(C, "_default")).isEqualTo(210);
            assertThat(e.compaction(c.id())).isEqualTo(c);
            assertThat(e.compact(C, 0).plans()).as("nothing left to gain").isEmpty();
            e.loadCollection(C, 1);
            awaitLoaded(e, C, List.of());
            assertThat(sorted(queryIds(e, List.of()))).isEqualTo(LIVE);
        }
        try (Engine e = open(dir, false)) {
            e.loadCollection(C, 1);
            awaitLoaded(e, C, List.of());
            assertThat(sorted(queryIds(e, List.of()))).isEqualTo(LIVE);
        }
    }

    @Test
    void aLoadedPartitionSwapsWithoutAGapAndItsChargeDropsByExactlyTheFreedBytes() throws Exception {
        try (Engine e = open(dir, false)) {
            populate(e);
            e.loadCollection(C, 1);
            awaitLoaded(e, C, List.of());
            long before = e.queryNodes().get(0).usedBytes();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger reads = new AtomicInteger();
            AtomicReference<List<Long>> wrong = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                while (!stop.get() || reads.get() < 3) {
                    List<Long> seen = sorted(queryIds(e, List.of()));
                    if (!seen.equals(LIVE)) {
                        wrong.compareAndSet(null, seen);
                    }
                    reads.incrementAndGet();
                }
            });
            reader.start();
            Compaction c = e.compact(C, 0);
            stop.set(true);
            reader.join();

            assertThat(wrong.get()).as("a query during the swap").isNull();
            long after = e.queryNodes().get(0).usedBytes();
            long freed = c.plans().get(0).freedBytes();
            assertThat(freed).isPositive();
            assertThat(before - after).isEqualTo(freed);
            // the charge left is exactly what a fresh load of the compacted files costs
            e.releaseCollection(C);
            assertThat(e.queryNodes().get(0).usedBytes()).isZero();
            e.loadCollection(C, 1);
            awaitLoaded(e, C, List.of());
            assertThat(e.queryNodes().get(0).usedBytes()).isEqualTo(after);
            e.releaseCollection(C);
            assertThat(e.queryNodes().get(0).usedBytes()).isZero();
        }
    }

    @Test
    void theIndexesOfTheReplacedSegmentsGoWithThemAndTheNewSegmentIsIndexed() throws Exception {
        Map<String, String> hnsw =
                Map.of("index_type", "HNSW", "metric_type", "L2", "params", "{\"M\":8,\"efConstruction\":32}");
        try (Engine e = open(dir, false)) {
            createStandard(e);
            for (int s = 0; s < 3; s++) {
                insert(e, "", s * 1200L, 1200);
                e.flush(List.of(C));
            }
            e.createIndex(C, "vec", "", hnsw);
            awaitIndexFiles(e, 3);
            e.loadCollection(C, 1);
            awaitLoaded(e, C, List.of());
            e.delete(C, "", "id < 900");
            long before = e.queryNodes().get(0).usedBytes();

            Compaction c = e.compact(C, 0);

            long freed = c.plans().get(0).freedBytes();
            assertThat(before - e.queryNodes().get(0).usedBytes()).isEqualTo(freed);
            awaitIndexFiles(e, 1);
            assertThat(files("seg-*.idx-*"))
                    .as("only the new segment's index file")
                    .singleElement()
                    .satisfies(f ->
                            assertThat(f).startsWith("seg-" + c.plans().get(0).target() + ".idx-"));
            e.releaseCollection(C);
            assertThat(e.queryNodes().get(0).usedBytes()).isZero();
            e.loadCollection(C, 1);
            awaitLoaded(e, C, List.of());
            assertThat(sorted(queryIds(e, List.of())))
                    .isEqualTo(LongStream.range(900, 3600).boxed().toList());
        }
    }

    /** Waits until the index is built on every sealed segment and exactly {@code n} index files exist. */
    private void awaitIndexFiles(Engine e, int n) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (e.describeIndexes(C, "vec", "").get(0).state() != IndexDescription.STATE_FINISHED
                || files("seg-*.idx-*").size() != n) {
            assertThat(System.nanoTime()).as("index built within 60 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Compactions.SEGMENT_WRITTEN, Compactions.MANIFEST_WRITTEN, Compactions.RENAMED})
    void aCrashAtAnySwitchPointLeavesTheOldFilesOrTheNewOnesNeverBoth(String point) throws IOException {
        try (Engine e = open(dir, false)) {
            populate(e);
            Compactions.crashHook(p -> {
                if (p.equals(point)) {
                    throw new IllegalStateException("simulated crash at " + p);
                }
            });
            assertThatThrownBy(() -> e.compact(C, 0)).hasMessageContaining("simulated crash");
            Compactions.crashHook(null);
        }
        try (Engine e = open(dir, false)) {
            assertThat(files("cmp-*")).isEmpty();
            assertThat(files("compaction.*")).isEmpty();
            assertThat(files("seg-*.seg")).hasSize(point.equals(Compactions.SEGMENT_WRITTEN) ? 3 : 1);
            e.loadCollection(C, 1);
            awaitLoaded(e, C, List.of());
            List<Long> ids = queryIds(e, List.of());
            assertThat(ids).doesNotHaveDuplicates();
            assertThat(sorted(ids)).isEqualTo(LIVE);
            assertThat(e.partitionRowCount(C, "_default"))
                    .isEqualTo(point.equals(Compactions.SEGMENT_WRITTEN) ? 300 : 210);
            // and a later compaction still works from either state
            e.compact(C, 0);
            assertThat(sorted(queryIds(e, List.of()))).isEqualTo(LIVE);
        }
    }

    @Test
    void aFlushSchedulesTheCompactionOfAPartitionWhoseDeletedRowsReachTwentyPercentUnlessTurnedOff()
            throws IOException {
        try (Engine e = open(dir, true)) {
            createStandard(e);
            insert(e, "", 0, 100);
            e.flush(List.of(C));
            e.delete(C, "", "id < 19");
            e.flush(List.of(C));
            assertThat(e.partitionRowCount(C, "_default"))
                    .as("19 of 100: below the ratio")
                    .isEqualTo(100);
            e.delete(C, "", "id < 30");
            e.flush(List.of(C));
            assertThat(e.partitionRowCount(C, "_default"))
                    .as("right after the flush: the compaction runs in the background, as Milvus's")
                    .isEqualTo(100);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (e.partitionRowCount(C, "_default") != 70 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            assertThat(e.partitionRowCount(C, "_default")).isEqualTo(70);
        }
        Path off = dir.resolve("off");
        try (Engine e = open(off, false)) {
            createStandard(e);
            insert(e, "", 0, 100);
            e.flush(List.of(C));
            e.delete(C, "", "id < 30");
            e.flush(List.of(C));
            assertThat(e.partitionRowCount(C, "_default")).isEqualTo(100);
        }
    }
}
