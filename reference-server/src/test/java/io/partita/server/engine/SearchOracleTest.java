package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.engine.core.LocalEngine;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import io.partita.server.search.Kernels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search results equal a brute-force oracle exactly: ids, order and scores. */
class SearchOracleTest {
    private static final int DIM = 16;

    @TempDir
    Path dir;

    Engine engine;
    /** Every row inserted: id → vector (ids are 0 .. n-1). */
    final List<float[]> vectors = new ArrayList<>();

    @BeforeEach
    void loadThreePartitionsWithFlushedAndGrowingData() {
        engine = LocalEngine.open(EngineConfig.builder(dir)
                .memoryLimitBytes(256L << 20)
                .searchThreads(2)
                .build());
        engine.createCollection(EngineFixture.schema(C, DIM));
        engine.createPartition(C, "a");
        engine.createPartition(C, "b");
        Random rnd = new Random(42);
        insert("a", 3000, rnd);
        insert("b", 2000, rnd);
        engine.flush(List.of(C));
        insert("a", 500, rnd);
        insert("", 700, rnd);
        engine.delete(C, "", "id in [10, 11, 12, 3100, 5200]");
        engine.loadCollection(C, 1);
        EngineFixture.awaitLoaded(engine, C, List.of());
        insert("b", 300, rnd); // growing rows of a loaded partition
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private void insert(String partition, int n, Random rnd) {
        List<FieldColumn> cols = EngineFixture.rows(vectors.size(), n, DIM, rnd);
        float[] flat = cols.get(4).vectorFloats();
        for (int i = 0; i < n; i++) {
            float[] v = new float[DIM];
            System.arraycopy(flat, i * DIM, v, 0, DIM);
            vectors.add(v);
        }
        engine.insert(C, partition, cols);
    }

    record Hit(long id, float score) {}

    private List<Hit> oracle(String metric, float[] q, int topK, LongPredicate visible) {
        List<Hit> all = new ArrayList<>();
        for (int id = 0; id < vectors.size(); id++) {
            if (!visible.test(id)) {
                continue;
            }
            float[] v = vectors.get(id);
            float s = switch (metric) {
                case "L2" -> Kernels.l2(q, 0, v, 0, DIM);
                case "IP" -> Kernels.dot(q, 0, v, 0, DIM);
                default -> Kernels.cosine(q, 0, v, 0, DIM);
            };
            all.add(new Hit(id, s));
        }
        Comparator<Hit> byScore = Comparator.comparingDouble(Hit::score);
        all.sort(metric.equals("L2") ? byScore : byScore.reversed());
        return all.subList(0, Math.min(topK, all.size()));
    }

    private static boolean deleted(long id) {
        return id == 10 || id == 11 || id == 12 || id == 3100 || id == 5200;
    }

    private void assertMatchesOracle(String metric, String expr, List<String> partitions, LongPredicate visible) {
        Random rnd = new Random(metric.hashCode() + expr.hashCode());
        int nq = 5;
        int topK = 37;
        float[] queries = new float[nq * DIM];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = rnd.nextFloat() * 2 - 1;
        }
        SearchResult r = engine.search(new SearchRequest(
                C,
                partitions,
                "vec",
                FieldColumn.floatVectors("vec", DIM, queries),
                topK,
                metric,
                Map.of(),
                expr,
                List.of("age"),
                -1));
        assertThat(r.numQueries()).isEqualTo(nq);
        int at = 0;
        for (int qi = 0; qi < nq; qi++) {
            float[] q = new float[DIM];
            System.arraycopy(queries, qi * DIM, q, 0, DIM);
            List<Hit> expected = oracle(metric, q, topK, visible);
            assertThat(r.topks()[qi]).isEqualTo(expected.size());
            for (Hit h : expected) {
                assertThat(r.ids().longs()[at]).as("query %d rank %d", qi, at).isEqualTo(h.id());
                assertThat(r.scores()[at]).isEqualTo(h.score());
                assertThat(r.fields().get(0).longs()[at]).isEqualTo(h.id() % 100);
                at++;
            }
        }
    }

    @Test
    void l2SearchOverAllLoadedPartitionsMatchesTheOracle() {
        assertMatchesOracle("L2", "", List.of(), id -> !deleted(id));
    }

    @Test
    void innerProductSearchMatchesTheOracle() {
        assertMatchesOracle("IP", "", List.of(), id -> !deleted(id));
    }

    @Test
    void cosineSearchMatchesTheOracle() {
        assertMatchesOracle("COSINE", "", List.of(), id -> !deleted(id));
    }

    @Test
    void filteredSearchOfNamedPartitionsMatchesTheOracle() {
        // partition b holds ids 3000..4999 and the growing 6200..6499
        assertMatchesOracle(
                "L2",
                "age < 30 and tag != \"t3\"",
                List.of("b"),
                id -> ((id >= 3000 && id < 5000) || id >= 6200) && id % 100 < 30 && id % 7 != 3 && !deleted(id));
    }

    @Test
    void roundDecimalRoundsScoresAndOffsetSkipsHits() {
        float[] q = vectors.get(0).clone();
        SearchResult plain = engine.search(EngineFixture.searchRequest(C, List.of(), q, 10));
        SearchResult rounded = engine.search(new SearchRequest(
                C,
                List.of(),
                "vec",
                FieldColumn.floatVectors("vec", DIM, q),
                5,
                "L2",
                Map.of("offset", "5"),
                "",
                List.of(),
                2));
        for (int i = 0; i < 5; i++) {
            assertThat(rounded.ids().longs()[i]).isEqualTo(plain.ids().longs()[i + 5]);
            assertThat(rounded.scores()[i]).isEqualTo((float) (Math.floor(plain.scores()[i + 5] * 100 + 0.5) / 100));
        }
        assertThat(plain.ids().longs()[0])
                .as("the query vector finds itself first")
                .isEqualTo(0L);
        assertThat(plain.scores()[0]).isZero();
    }

    @Test
    void badSearchParametersAreRefusedNamingTheValue() {
        float[] q = new float[DIM];
        assertThat(LifecycleTestBase.refused(() -> engine.search(EngineFixture.searchRequest(C, List.of(), q, 0)))
                        .reason())
                .isEqualTo("top k should be in range [1, 16384], but got 0");
        assertThat(LifecycleTestBase.refused(() -> engine.search(EngineFixture.searchRequest(C, List.of(), q, 16385)))
                        .reason())
                .contains("16385");
        assertThat(LifecycleTestBase.refused(
                                () -> engine.search(EngineFixture.searchRequest(C, List.of(), new float[3], 5)))
                        .reason())
                .contains("(3)");
        EngineException badExpr = LifecycleTestBase.refused(() -> engine.search(new SearchRequest(
                C,
                List.of(),
                "vec",
                FieldColumn.floatVectors("vec", DIM, q),
                5,
                "L2",
                Map.of(),
                "nosuch > 3",
                List.of(),
                -1)));
        assertThat(badExpr.reason()).contains("nosuch");
        assertThat(badExpr.code()).isEqualTo(1100);
        EngineException badMetric = LifecycleTestBase.refused(() -> engine.search(new SearchRequest(
                C,
                List.of(),
                "vec",
                FieldColumn.floatVectors("vec", DIM, q),
                5,
                "HAMMING",
                Map.of(),
                "",
                List.of(),
                -1)));
        assertThat(badMetric.reason()).contains("HAMMING");
        EngineException badField = LifecycleTestBase.refused(() -> engine.search(new SearchRequest(
                C,
                List.of(),
                "vec",
                FieldColumn.floatVectors("vec", DIM, q),
                5,
                "L2",
                Map.of(),
                "",
                List.of("nope"),
                -1)));
        assertThat(badField.reason()).isEqualTo("field nope not exist");
    }

    @Test
    void queryReturnsMatchingRowsWithOutputFieldsLimitAndOffset() {
        List<FieldColumn> cols =
                engine.query(new QueryRequest(C, "id in [1, 2, 10, 6250]", List.of("tag", "vec"), List.of(), -1, 0));
        assertThat(cols).extracting(FieldColumn::name).containsExactly("id", "tag", "vec");
        assertThat(cols.get(0).longs()).containsExactlyInAnyOrder(1L, 2L, 6250L);
        int row6250 = cols.get(0).longs()[0] == 6250 ? 0 : cols.get(0).longs()[1] == 6250 ? 1 : 2;
        assertThat(cols.get(1).strings()[row6250]).isEqualTo("t" + 6250 % 7);
        float[] v = new float[DIM];
        System.arraycopy(cols.get(2).vectorFloats(), row6250 * DIM, v, 0, DIM);
        assertThat(v).containsExactly(vectors.get(6250));
        List<FieldColumn> page = engine.query(new QueryRequest(C, "age == 5", List.of(), List.of("a"), 4, 2));
        assertThat(page.get(0).rowCount()).isEqualTo(4);
        assertThat(java.util.stream.LongStream.of(page.get(0).longs()).allMatch(id -> id % 100 == 5))
                .isTrue();
    }
}
