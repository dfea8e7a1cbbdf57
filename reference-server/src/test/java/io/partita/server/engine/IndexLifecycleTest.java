package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.EngineException;
import io.partita.server.model.IndexDescription;
import io.partita.server.model.Profile;
import io.partita.server.model.SearchResult;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HNSW in the lifecycle: built in the background per sealed segment, persisted beside it,
 * loaded and charged with the partition, searched (with the exact scan serving what is not
 * built), reported by describe, and freed by DropIndex.
 */
class IndexLifecycleTest {
    private static final String C = EngineFixture.C;
    private static final int DIM = EngineFixture.DIM;
    private static final Map<String, String> HNSW =
            Map.of("index_type", "HNSW", "metric_type", "L2", "params", "{\"M\":8,\"efConstruction\":64}");

    @TempDir
    Path dir;

    private static IndexDescription awaitBuilt(Engine e) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            IndexDescription d = e.describeIndexes(C, "vec", "").get(0);
            if (d.state() == IndexDescription.STATE_FINISHED) {
                return d;
            }
            assertThat(System.nanoTime()).as("index built within 60 s").isLessThan(deadline);
            sleep(10);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException ex) {
            throw new AssertionError(ex);
        }
    }

    private static List<Path> indexFiles(Path root) throws Exception {
        List<Path> out = new ArrayList<>();
        try (var walk = Files.walk(root)) {
            walk.filter(p -> p.getFileName().toString().matches("seg-\\d+\\.idx-\\d+"))
                    .forEach(out::add);
        }
        return out;
    }

    private static long[] exactTop(float[] all, float[] q, int k) {
        int rows = all.length / DIM;
        Integer[] order = new Integer[rows];
        float[] d = new float[rows];
        for (int r = 0; r < rows; r++) {
            order[r] = r;
            for (int i = 0; i < DIM; i++) {
                float x = all[r * DIM + i] - q[i];
                d[r] += x * x;
            }
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(d[a], d[b]));
        long[] out = new long[k];
        for (int i = 0; i < k; i++) {
            out[i] = order[i];
        }
        return out;
    }

    private static long used(Engine e) {
        return e.queryNodes().get(0).usedBytes();
    }

    @Test
    void anHnswIndexIsBuiltPersistedLoadedChargedSearchedAndDropped() throws Exception {
        long chargedWithout;
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            EngineFixture.insert(e, "", 0, 3000);
            e.flush(List.of(C));
            EngineFixture.insert(e, "", 3000, 2000);
            e.flush(List.of(C));
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            chargedWithout = used(e);

            e.createIndex(C, "vec", "", HNSW);
            IndexDescription d = awaitBuilt(e);
            assertThat(d.indexedRows()).isEqualTo(5000);
            assertThat(d.totalRows()).isEqualTo(5000);
            assertThat(indexFiles(dir)).hasSize(2);
            // the finished builds attach to the loaded partition and are charged to its node (each
            // attach follows its file's write, so wait for both segments' charges, not the first)
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (used(e) - chargedWithout <= 5000L * 17 * 4 && System.nanoTime() < deadline) {
                sleep(10);
            }
            long chargedWith = used(e);
            assertThat(chargedWith - chargedWithout)
                    .as("index bytes charged: level 0 alone is rows x (2M+1) ints")
                    .isGreaterThan(5000L * 17 * 4);

            // the index finds what the exact scan over the same rows finds
            float[] all = new float[5000 * DIM];
            System.arraycopy(
                    EngineFixture.rows(0, 3000, DIM, new Random(0)).get(4).vectorFloats(), 0, all, 0, 3000 * DIM);
            System.arraycopy(
                    EngineFixture.rows(3000, 2000, DIM, new Random(3000)).get(4).vectorFloats(),
                    0,
                    all,
                    3000 * DIM,
                    2000 * DIM);
            Random rnd = new Random(5);
            int found = 0;
            for (int t = 0; t < 20; t++) {
                float[] q = new float[DIM];
                for (int i = 0; i < DIM; i++) {
                    q[i] = rnd.nextFloat() * 2 - 1;
                }
                SearchResult r = e.search(EngineFixture.searchRequest(C, List.of(), q, 5));
                assertThat(r.topks()[0]).isEqualTo(5);
                for (long id : exactTop(all, q, 5)) {
                    for (int j = 0; j < 5; j++) {
                        found += r.ids().longs()[j] == id ? 1 : 0;
                    }
                }
            }
            assertThat(found / 100.0).as("recall@5 of HNSW through the engine").isGreaterThanOrEqualTo(0.9);

            // a search parameter the index refuses is a client error naming it
            EngineException bad = LifecycleTestBase.refused(() -> e.search(new io.partita.server.model.SearchRequest(
                    C,
                    List.of(),
                    "vec",
                    io.partita.server.model.FieldColumn.floatVectors("vec", DIM, new float[DIM]),
                    10,
                    "L2",
                    Map.of("ef", "3"),
                    "",
                    List.of(),
                    -1)));
            assertThat(bad.code()).isEqualTo(1100);
            assertThat(bad.reason()).contains("ef(3) should be larger than k(10)");

            e.dropIndex(C, "vec", "");
            assertThat(used(e)).as("DropIndex frees the index memory").isEqualTo(chargedWithout);
            assertThat(indexFiles(dir)).isEmpty();

            e.createIndex(C, "vec", "", HNSW);
            awaitBuilt(e);
            e.releaseCollection(C);
            assertThat(used(e)).isZero();
        }
        // reopened: the files are loaded with the partition and charged up front
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            assertThat(indexFiles(dir)).hasSize(2);
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            assertThat(used(e) - chargedWithout).isGreaterThan(5000L * 17 * 4);
            assertThat(e.describeIndexes(C, "vec", "").get(0).state()).isEqualTo(IndexDescription.STATE_FINISHED);
        }
    }

    @Test
    void unflushedRowsArePendingAndACorruptIndexFileIsRebuilt() throws Exception {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            EngineFixture.insert(e, "", 0, 1000);
            e.flush(List.of(C));
            EngineFixture.insert(e, "", 1000, 500);
            e.createIndex(C, "vec", "", HNSW);
            IndexDescription d = awaitBuilt(e);
            assertThat(d.indexedRows()).isEqualTo(1000);
            assertThat(d.pendingIndexRows()).isEqualTo(500);
        }
        Path file = indexFiles(dir).get(0);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            // searches work while the index is rebuilt, served by the exact scan
            SearchResult r = e.search(EngineFixture.searchRequest(C, List.of(), new float[DIM], 3));
            assertThat(r.topks()[0]).isEqualTo(3);
            awaitBuilt(e);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!Files.exists(file) && System.nanoTime() < deadline) {
                sleep(10);
            }
            assertThat(Files.exists(file)).as("rebuilt").isTrue();
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(file.getParent(), "*.tmp")) {
            assertThat(ds.iterator().hasNext()).as("no temp files left").isFalse();
        }
    }

    private static SearchResult searchWith(Engine e, float[] q, int k, Map<String, String> params) {
        return e.search(new io.partita.server.model.SearchRequest(
                C,
                List.of(),
                "vec",
                io.partita.server.model.FieldColumn.floatVectors("vec", DIM, q),
                k,
                "L2",
                params,
                "",
                List.of(),
                -1));
    }

    /** IVF_FLAT, IVF_SQ8 and IVF_PQ take HNSW's path: built, charged, searched with nprobe, reloaded. */
    @Test
    void ivfIndexesAreBuiltChargedSearchedWithNprobeAndLoadedFromTheirFiles() throws Exception {
        long chargedWithout;
        long chargedWith;
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            EngineFixture.insert(e, "", 0, 3000);
            e.flush(List.of(C));
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            chargedWithout = used(e);
            // Milvus's IVF_PQ check: m must divide the field's dim (8)
            EngineException badM = LifecycleTestBase.refused(() -> e.createIndex(
                    C,
                    "vec",
                    "",
                    Map.of("index_type", "IVF_PQ", "metric_type", "L2", "params", "{\"nlist\":16,\"m\":3}")));
            assertThat(badM.code()).isEqualTo(1100);
            assertThat(badM.reason()).contains("dimension must be abled to be divided by `m`, dimension: 8, m: 3");
            float[] all = EngineFixture.rows(0, 3000, DIM, new Random(0)).get(4).vectorFloats();
            for (String type : new String[] {"IVF_FLAT", "IVF_SQ8", "IVF_PQ"}) {
                e.createIndex(
                        C,
                        "vec",
                        "",
                        Map.of("index_type", type, "metric_type", "L2", "params", "{\"nlist\":16,\"m\":4}"));
                assertThat(awaitBuilt(e).indexedRows()).isEqualTo(3000);
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (used(e) == chargedWithout && System.nanoTime() < deadline) {
                    sleep(10);
                }
                chargedWith = used(e);
                assertThat(chargedWith - chargedWithout)
                        .as("%s charged at least its row ids", type)
                        .isGreaterThan(3000L * 4);
                Random rnd = new Random(7);
                int found = 0;
                for (int t = 0; t < 20; t++) {
                    float[] q = new float[DIM];
                    for (int i = 0; i < DIM; i++) {
                        q[i] = rnd.nextFloat() * 2 - 1;
                    }
                    SearchResult r = searchWith(e, q, 5, Map.of("nprobe", "16"));
                    assertThat(r.topks()[0]).isEqualTo(5);
                    for (long id : exactTop(all, q, 5)) {
                        for (int j = 0; j < 5; j++) {
                            found += r.ids().longs()[j] == id ? 1 : 0;
                        }
                    }
                }
                assertThat(found / 100.0)
                        .as("recall@5 of %s probing every list", type)
                        .isGreaterThanOrEqualTo(type.equals("IVF_FLAT") ? 1.0 : 0.5);
                EngineException bad =
                        LifecycleTestBase.refused(() -> searchWith(e, new float[DIM], 5, Map.of("nprobe", "0")));
                assertThat(bad.code()).isEqualTo(1100);
                assertThat(bad.reason()).contains("nprobe");
                if (!type.equals("IVF_PQ")) {
                    e.dropIndex(C, "vec", "");
                    assertThat(used(e)).as("DropIndex frees %s", type).isEqualTo(chargedWithout);
                }
            }
            chargedWith = used(e);
            e.releaseCollection(C);
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            assertThat(used(e)).as("the IVF_PQ file is charged as it was built").isEqualTo(chargedWith);
        }
    }
}
