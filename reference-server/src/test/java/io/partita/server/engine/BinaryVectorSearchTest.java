package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.IndexDescription;
import io.partita.server.model.Profile;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binary vectors through the engine: BIN_IVF_FLAT built per sealed segment, persisted, charged and
 * searched beside growing rows; BIN_FLAT with JACCARD; every answer checked against a brute-force
 * oracle over all inserted rows; Milvus's refusals of metric/index pairs at CreateIndex and search.
 */
class BinaryVectorSearchTest {
    private static final String C = "bins";
    private static final int DIM = 64;
    private static final int BYTES = DIM / 8;

    @TempDir
    Path dir;

    private static CollectionSchema schema() {
        return new CollectionSchema(
                C,
                "",
                List.of(
                        FieldSchema.int64Key("id", false),
                        new FieldSchema(0, "bits", "", DataType.BINARY_VECTOR, false, false, Map.of("dim", "64"))),
                1,
                0);
    }

    private static byte[] randomBits(int rows, long seed) {
        byte[] b = new byte[rows * BYTES];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static List<FieldColumn> rows(long first, byte[] bits) {
        long[] ids = new long[bits.length / BYTES];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = first + i;
        }
        return List.of(FieldColumn.longs("id", ids), FieldColumn.binaryVectors("bits", DIM, bits));
    }

    private static SearchRequest request(byte[] query, String metric, Map<String, String> params) {
        return new SearchRequest(
                C,
                List.of(),
                "bits",
                FieldColumn.binaryVectors("bits", DIM, query),
                10,
                metric,
                params,
                "",
                List.of(),
                -1);
    }

    private static double distance(String metric, byte[] a, int ao, byte[] b, int bo) {
        long x = java.nio.ByteBuffer.wrap(a, ao, 8).getLong();
        long y = java.nio.ByteBuffer.wrap(b, bo, 8).getLong();
        int or = Long.bitCount(x | y);
        return metric.equals("HAMMING") ? Long.bitCount(x ^ y) : or == 0 ? 0 : 1 - (double) Long.bitCount(x & y) / or;
    }

    /** Ids of the oracle's top 10 (distance, then id), and their distances. */
    private static List<double[]> oracle(String metric, byte[] all, byte[] q) {
        List<double[]> d = new ArrayList<>();
        for (int r = 0; r < all.length / BYTES; r++) {
            d.add(new double[] {r, distance(metric, q, 0, all, r * BYTES)});
        }
        d.sort(Comparator.<double[]>comparingDouble(x -> x[1]).thenComparingDouble(x -> x[0]));
        return d.subList(0, 10);
    }

    private static void awaitBuilt(Engine e) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (e.describeIndexes(C, "bits", "").get(0).state() != IndexDescription.STATE_FINISHED) {
            assertThat(System.nanoTime()).as("index built within 60 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void binIvfFlatAndBinFlatAnswerAsTheOracleOverSealedAndGrowingRows() throws Exception {
        byte[] first = randomBits(3000, 1);
        byte[] second = randomBits(2000, 2);
        byte[] growing = randomBits(500, 3);
        byte[] all = new byte[(3000 + 2000 + 500) * BYTES];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        System.arraycopy(growing, 0, all, first.length + second.length, growing.length);
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(schema());
            e.insert(C, "", rows(0, first));
            e.flush(List.of(C));
            e.insert(C, "", rows(3000, second));
            e.flush(List.of(C));
            e.createIndex(
                    C,
                    "bits",
                    "",
                    Map.of("index_type", "BIN_IVF_FLAT", "metric_type", "HAMMING", "params", "{\"nlist\":16}"));
            awaitBuilt(e);
            try (var files = Files.walk(dir)) {
                assertThat(files.filter(p -> p.getFileName().toString().matches("seg-\\d+\\.idx-\\d+")))
                        .as("one index file per sealed segment")
                        .hasSize(2);
            }
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            e.insert(C, "", rows(5000, growing));
            long loadedUsed = e.queryNodes().get(0).usedBytes();
            assertThat(loadedUsed)
                    .as("segments and their index structures are charged")
                    .isGreaterThan(5000L * 4);

            byte[] queries = randomBits(20, 4);
            for (int qi = 0; qi < 20; qi++) {
                byte[] q = java.util.Arrays.copyOfRange(queries, qi * BYTES, (qi + 1) * BYTES);
                // every list probed: the index answers exactly what the oracle does, ids and distances
                SearchResult r = e.search(request(q, "HAMMING", Map.of("nprobe", "16")));
                List<double[]> want = oracle("HAMMING", all, q);
                assertThat(r.topks()[0]).isEqualTo(10);
                for (int j = 0; j < 10; j++) {
                    assertThat((double) r.scores()[j]).isEqualTo(want.get(j)[1]);
                    assertThat((double) r.ids().longs()[j]).isEqualTo(want.get(j)[0]);
                }
                // the default nprobe may miss rows but never reports a wrong distance
                SearchResult approx = e.search(request(q, "", Map.of()));
                for (int j = 0; j < approx.topks()[0]; j++) {
                    int row = (int) approx.ids().longs()[j];
                    assertThat((double) approx.scores()[j]).isEqualTo(distance("HAMMING", q, 0, all, row * BYTES));
                }
            }
            // a search names another metric than the index's: Milvus's mismatch text
            EngineException mismatch =
                    LifecycleTestBase.refused(() -> e.search(request(new byte[BYTES], "JACCARD", Map.of())));
            assertThat(mismatch.reason())
                    .isEqualTo("metric type not match: invalid parameter[expected=HAMMING][actual=JACCARD]");
            // a grouping search on a binary vector field is refused (code 999 under milvus-2.6)
            EngineException grouped = LifecycleTestBase.refused(
                    () -> e.search(request(new byte[BYTES], "HAMMING", Map.of("group_by_field", "id"))));
            assertThat(grouped.reason())
                    .isEqualTo("not support search_group_by operation based on binary vector column");
            // float queries on a binary field are refused, naming the field
            EngineException floats = LifecycleTestBase.refused(() -> e.search(new SearchRequest(
                    C,
                    List.of(),
                    "bits",
                    FieldColumn.floatVectors("bits", DIM, new float[DIM]),
                    10,
                    "",
                    Map.of(),
                    "",
                    List.of(),
                    -1)));
            assertThat(floats.reason()).contains("bits").contains("BINARY_VECTOR");

            // DropIndex returns the index's memory; BIN_FLAT with JACCARD then answers as the oracle
            e.releaseCollection(C);
            e.dropIndex(C, "bits", "");
            e.createIndex(C, "bits", "", Map.of("index_type", "BIN_FLAT", "metric_type", "JACCARD"));
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            byte[] q = java.util.Arrays.copyOfRange(queries, 0, BYTES);
            SearchResult r = e.search(request(q, "JACCARD", Map.of()));
            List<double[]> want = oracle("JACCARD", all, q);
            for (int j = 0; j < 10; j++) {
                assertThat((double) r.scores()[j]).isCloseTo(want.get(j)[1], org.assertj.core.data.Offset.offset(1e-6));
                assertThat((double) r.ids().longs()[j]).isEqualTo(want.get(j)[0]);
            }
        }
    }

    @Test
    void createIndexRefusesMetricsTheBinaryIndexTypesDoNotTake() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            e.createCollection(schema());
            // Milvus 2.3's texts (pkg/util/indexparamcheck bin_ivf_flat_checker.go, bin_flat_checker.go)
            EngineException ivf = LifecycleTestBase.refused(() -> e.createIndex(
                    C,
                    "bits",
                    "",
                    Map.of("index_type", "BIN_IVF_FLAT", "metric_type", "SUPERSTRUCTURE", "nlist", "8")));
            assertThat(ivf.reason())
                    .isEqualTo("metric type SUPERSTRUCTURE not found or not supported, supported: [HAMMING JACCARD]");
            assertThat(ivf.code()).isEqualTo(1100);
            EngineException flat = LifecycleTestBase.refused(
                    () -> e.createIndex(C, "bits", "", Map.of("index_type", "BIN_FLAT", "metric_type", "L2")));
            assertThat(flat.reason())
                    .isEqualTo(
                            "metric type not found or not supported, supported: [HAMMING JACCARD SUBSTRUCTURE SUPERSTRUCTURE]");
            EngineException hnsw = LifecycleTestBase.refused(
                    () -> e.createIndex(C, "bits", "", Map.of("index_type", "HNSW", "metric_type", "HAMMING")));
            assertThat(hnsw.reason()).contains("HNSW").contains("bits");
        }
    }
}
