package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.engine.core.LocalEngine;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.IndexDescription;
import io.partita.server.model.Profile;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DISKANN in the lifecycle: built per sealed segment, loaded from its file with the partition (on a
 * heap-resident and on a memory-mapped vector field alike: the index reads its own file), charged
 * for its PQ codes only, searched with Milvus's {@code search_list} rules, and as good as the exact
 * scan at search_list 64 on most of the top ten.
 */
class DiskAnnLifecycleTest {
    private static final String C = EngineFixture.C;
    private static final int DIM = EngineFixture.DIM;
    private static final int ROWS = 3000;

    @TempDir
    Path dir;

    private static SearchRequest request(float[] q, Map<String, String> params) {
        return new SearchRequest(
                C, List.of(), "vec", FieldColumn.floatVectors("vec", DIM, q), 10, "L2", params, "", List.of(), -1);
    }

    private static long[] exactTop(Engine e, float[] q) {
        // the same engine's exact answer: a range search scans every segment exactly
        SearchResult r = e.search(request(q, Map.of("radius", "1000000", "search_list", "64")));
        return r.ids().longs();
    }

    @Test
    void diskAnnServesHeapAndMappedFieldsWithItsOwnFile() throws Exception {
        for (boolean mmap : new boolean[] {false, true}) {
            Path d = dir.resolve("mmap-" + mmap);
            try (Engine e = LocalEngine.open(EngineConfig.builder(d)
                    .profile(Profile.MILVUS_2_3)
                    .memoryLimitBytes(256L << 20)
                    .mmap(mmap)
                    .build())) {
                EngineFixture.createStandard(e);
                e.insert(C, "", EngineFixture.rows(0, ROWS, DIM, new Random(7)));
                e.flush(List.of(C));
                e.createIndex(C, "vec", "", Map.of("index_type", "DISKANN", "metric_type", "L2"));
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (e.describeIndexes(C, "vec", "").get(0).state() != IndexDescription.STATE_FINISHED) {
                    assertThat(System.nanoTime())
                            .as("DISKANN built within 120 s")
                            .isLessThan(deadline);
                    Thread.sleep(20);
                }
                e.loadCollection(C, 1);
                EngineFixture.awaitLoaded(e, C, List.of());
                // only the index validates search_list: a refusal proves the segment is served by it
                EngineException bad =
                        LifecycleTestBase.refused(() -> e.search(request(new float[DIM], Map.of("search_list", "5"))));
                assertThat(bad.reason())
                        .as("mmap %s", mmap)
                        .contains("search_list should be greater than or equal to topk");
                assertThat(bad.code()).isEqualTo(1100);
                Random rnd = new Random(11);
                int hit = 0;
                for (int t = 0; t < 20; t++) {
                    float[] q = new float[DIM];
                    for (int i = 0; i < DIM; i++) {
                        q[i] = rnd.nextFloat() * 2 - 1;
                    }
                    Set<Long> want = new HashSet<>();
                    for (long id : exactTop(e, q)) {
                        want.add(id);
                    }
                    for (long id : e.search(request(q, Map.of("search_list", "64")))
                            .ids()
                            .longs()) {
                        hit += want.contains(id) ? 1 : 0;
                    }
                }
                assertThat(hit / 200.0)
                        .as("recall@10 through the engine, mmap %s", mmap)
                        .isGreaterThanOrEqualTo(0.9);
            }
        }
    }

    @Test
    void milvus21DoesNotKnowDiskAnn() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1)) {
            EngineFixture.createStandard(e);
            EngineException refused = LifecycleTestBase.refused(
                    () -> e.createIndex(C, "vec", "", Map.of("index_type", "DISKANN", "metric_type", "L2")));
            assertThat(refused.reason()).startsWith("invalid index type: DISKANN for field vec");
            assertThat(refused.reason()).doesNotContain("supported: DISKANN");
        }
    }
}
