package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.engine.core.LocalEngine;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.HybridSearchRequest;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import io.partita.server.search.Kernels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Range search, grouping search, hybrid search and the iterators' paging on the engine, each
 * checked against a brute-force oracle over every row (flushed and growing, with deletes).
 */
class TodaySearchTest {
    private static final int DIM = 8;
    private static final int ROWS = 1500;

    @TempDir
    Path dir;

    Engine engine;
    final float[][] vec = new float[ROWS + 100][];
    final float[][] img = new float[ROWS + 100][];

    @BeforeEach
    void twoVectorFieldsFlushedAndGrowing() {
        engine = LocalEngine.open(
                EngineConfig.builder(dir).memoryLimitBytes(256L << 20).build());
        engine.createCollection(new CollectionSchema(
                C,
                "",
                List.of(
                        FieldSchema.int64Key("id", false),
                        FieldSchema.scalar("age", DataType.INT64),
                        new FieldSchema(0, "tag", "", DataType.VARCHAR, false, false, Map.of("max_length", "16")),
                        FieldSchema.scalar("flag", DataType.BOOL),
                        FieldSchema.scalar("score", DataType.FLOAT),
                        FieldSchema.floatVector("vec", DIM),
                        FieldSchema.floatVector("img", DIM)),
                1,
                0));
        Random rnd = new Random(7);
        insert(0, 1000, rnd);
        engine.flush(List.of(C));
        engine.loadCollection(C, 1);
        EngineFixture.awaitLoaded(engine, C, List.of());
        insert(1000, 500, rnd); // growing
        engine.delete(C, "", "id in [3, 4, 1200]");
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private void insert(int first, int n, Random rnd) {
        long[] ids = new long[n];
        long[] age = new long[n];
        List<String> tags = new ArrayList<>();
        boolean[] flags = new boolean[n];
        float[] score = new float[n];
        float[] v = new float[n * DIM];
        float[] w = new float[n * DIM];
        for (int i = 0; i < n; i++) {
            int id = first + i;
            ids[i] = id;
            age[i] = id % 10;
            tags.add("t" + id % 5);
            flags[i] = id % 2 == 0;
            vec[id] = new float[DIM];
            img[id] = new float[DIM];
            for (int d = 0; d < DIM; d++) {
                // a coarse grid makes equal distances (ties) common, as iterators must survive them
                vec[id][d] = rnd.nextInt(5) / 4f;
                img[id][d] = rnd.nextFloat() * 2 - 1;
            }
            System.arraycopy(vec[id], 0, v, i * DIM, DIM);
            System.arraycopy(img[id], 0, w, i * DIM, DIM);
        }
        engine.insert(
                C,
                "",
                List.of(
                        FieldColumn.longs("id", ids),
                        FieldColumn.longs("age", age),
                        FieldColumn.varchars("tag", tags),
                        FieldColumn.bools("flag", flags),
                        FieldColumn.floats("score", score),
                        FieldColumn.floatVectors("vec", DIM, v),
                        FieldColumn.floatVectors("img", DIM, w)));
    }

    private static boolean deleted(int id) {
        return id == 3 || id == 4 || id == 1200;
    }

    private float score(String metric, String field, float[] q, int id) {
        float[] x = field.equals("vec") ? vec[id] : img[id];
        return switch (metric) {
            case "L2" -> Kernels.l2(q, 0, x, 0, DIM);
            case "IP" -> Kernels.dot(q, 0, x, 0, DIM);
            default -> Kernels.cosine(q, 0, x, 0, DIM);
        };
    }

    private static float[] query(long seed) {
        Random r = new Random(seed);
        float[] q = new float[DIM];
        for (int d = 0; d < DIM; d++) {
            q[d] = r.nextInt(5) / 4f;
        }
        return q;
    }

    private static SearchRequest search(String field, float[] q, int topK, String metric, Map<String, String> params) {
        return new SearchRequest(
                C, List.of(), field, FieldColumn.floatVectors(field, DIM, q), topK, metric, params, "", List.of(), -1);
    }

    @Test
    void rangeSearchKeepsExactlyTheRowsInTheRingPerMetric() {
        float[] q = query(1);
        for (String metric : List.of("L2", "IP", "COSINE")) {
            float lo;
            float hi;
            Map<String, String> p;
            if (metric.equals("L2")) {
                lo = 0.5f;
                hi = 1.5f;
                p = Map.of("radius", "1.5", "range_filter", "0.5");
            } else if (metric.equals("IP")) {
                lo = 0.5f;
                hi = 1.5f;
                p = Map.of("radius", "0.5", "range_filter", "1.5");
            } else {
                lo = 0.2f;
                hi = 0.8f;
                p = Map.of("radius", "0.2", "range_filter", "0.8");
            }
            SearchResult r = engine.search(search("vec", q, 16384, metric, p));
            Set<Long> expected = new HashSet<>();
            for (int id = 0; id < ROWS; id++) {
                float s = score(metric, "vec", q, id);
                boolean in = metric.equals("L2") ? s >= lo && s < hi : s > lo && s <= hi;
                if (in && !deleted(id)) {
                    expected.add((long) id);
                }
            }
            assertThat(expected).as(metric).isNotEmpty();
            Set<Long> got = new HashSet<>();
            for (long id : r.ids().longs()) {
                got.add(id);
            }
            assertThat(got).as(metric).isEqualTo(expected);
            // ordered best first, and a topK cut keeps the best of the ring
            SearchResult top = engine.search(search("vec", q, 5, metric, p));
            assertThat(top.scores()).hasSize(5);
            for (int i = 0; i < 5; i++) {
                assertThat(top.scores()[i]).isEqualTo(r.scores()[i]);
            }
        }
    }

    @Test
    void inconsistentRangeBoundsAreRefusedWithMilvusText() {
        float[] q = query(2);
        EngineException l2 = LifecycleTestBase.refused(
                () -> engine.search(search("vec", q, 10, "L2", Map.of("radius", "1", "range_filter", "2"))));
        assertThat(l2.reason())
                .isEqualTo("range_filter must be less than radius for L2/HAMMING/JACCARD, range_filter:2.000000,"
                        + " radius:1.000000: invalid parameter");
        EngineException ip = LifecycleTestBase.refused(
                () -> engine.search(search("vec", q, 10, "IP", Map.of("radius", "2", "range_filter", "1"))));
        assertThat(ip.reason()).startsWith("range_filter must be greater than radius for IP/COSINE");
        EngineException nan =
                LifecycleTestBase.refused(() -> engine.search(search("vec", q, 10, "L2", Map.of("radius", "far"))));
        assertThat(nan.reason()).isEqualTo("must pass numpy type for radius: invalid parameter");
    }

    @Test
    void groupingSearchReturnsTopKGroupsOfGroupSizeBestFirst() {
        float[] q = query(3);
        for (String field : List.of("age", "tag", "flag")) {
            Map<String, String> p = Map.of("group_by_field", field, "group_size", "3", "strict_group_size", "true");
            SearchResult r = engine.search(search("img", q, 2, "L2", p));
            // oracle: rows best first, the first two distinct values, three best rows each
            List<Integer> order = new ArrayList<>();
            for (int id = 0; id < ROWS; id++) {
                if (!deleted(id)) {
                    order.add(id);
                }
            }
            order.sort((a, b) -> Float.compare(score("L2", "img", q, a), score("L2", "img", q, b)));
            Map<Object, List<Long>> groups = new LinkedHashMap<>();
            for (int id : order) {
                Object g = field.equals("age")
                        ? (Object) (long) (id % 10)
                        : field.equals("tag") ? "t" + id % 5 : id % 2 == 0;
                List<Long> members = groups.get(g);
                if (members == null && groups.size() < 2) {
                    groups.put(g, members = new ArrayList<>());
                }
                if (members != null && members.size() < 3) {
                    members.add((long) id);
                }
            }
            List<Long> expected = new ArrayList<>();
            groups.values().forEach(expected::addAll);
            assertThat(r.topks()).containsExactly(6);
            assertThat(idsOf(r)).as(field).containsExactlyElementsOf(expected);
            assertThat(r.groupByValues().rowCount()).isEqualTo(6);
            assertThat(r.groupByValues().scalar(0))
                    .isEqualTo(groups.keySet().iterator().next());
        }
    }

    @Test
    void groupingSearchRefusesBadGroupsWithMilvusText() {
        float[] q = query(4);
        assertThat(LifecycleTestBase.refused(() -> engine.search(
                                search("vec", q, 3, "L2", Map.of("group_by_field", "age", "group_size", "0"))))
                        .reason())
                .isEqualTo("input group size:0 is negative, failed to do search_groupby: invalid parameter");
        assertThat(LifecycleTestBase.refused(() -> engine.search(
                                search("vec", q, 3, "L2", Map.of("group_by_field", "age", "group_size", "11"))))
                        .reason())
                .isEqualTo("input group size:11 exceeds configured max group size:10: invalid parameter");
        assertThat(LifecycleTestBase.refused(
                                () -> engine.search(search("vec", q, 3, "L2", Map.of("group_by_field", "nope"))))
                        .reason())
                .isEqualTo("groupBy field not found in schema: field not found[field=nope]");
        assertThat(LifecycleTestBase.refused(
                                () -> engine.search(search("vec", q, 3, "L2", Map.of("group_by_field", "score"))))
                        .reason())
                .startsWith("unsupported data type for group by");
        // what a grouping search may not be combined with
        assertThat(LifecycleTestBase.refused(() -> engine.search(search(
                                "vec",
                                q,
                                3,
                                "L2",
                                Map.of("group_by_field", "age", "radius", "5", "range_filter", "1"))))
                        .reason())
                .isEqualTo("Not allowed to do range-search when doing search-group-by: invalid parameter");
        assertThat(LifecycleTestBase.refused(() -> engine.search(
                                search("vec", q, 3, "L2", Map.of("group_by_field", "age", "iterator", "True"))))
                        .reason())
                .isEqualTo("Not allowed to do groupBy when doing iteration: invalid parameter");
    }

    @Test
    void searchIteratorV2PagesOverEveryRowOnceInOrderDespiteTies() {
        float[] q = query(5);
        for (String metric : List.of("L2", "IP")) {
            Map<String, String> p = new HashMap<>(
                    Map.of("iterator", "True", "search_iter_v2", "True", "search_iter_batch_size", "100"));
            List<Long> seen = new ArrayList<>();
            List<Float> scores = new ArrayList<>();
            String token = null;
            for (int page = 0; page < 100; page++) {
                SearchResult r = engine.search(search("vec", q, 100, metric, p));
                assertThat(r.iterator()).isNotNull();
                if (token == null) {
                    token = r.iterator().token();
                    p.put("search_iter_id", token);
                }
                assertThat(r.iterator().token()).isEqualTo(token);
                if (r.ids().rowCount() == 0) {
                    break;
                }
                for (int i = 0; i < r.ids().rowCount(); i++) {
                    seen.add(r.ids().longs()[i]);
                    scores.add(r.scores()[i]);
                }
                p.put("search_iter_last_bound", Float.toString(r.iterator().lastBound()));
            }
            assertThat(seen).as(metric).doesNotHaveDuplicates().hasSize(ROWS - 3);
            for (int i = 1; i < scores.size(); i++) {
                if (metric.equals("L2")) {
                    assertThat(scores.get(i)).isGreaterThanOrEqualTo(scores.get(i - 1));
                } else {
                    assertThat(scores.get(i)).isLessThanOrEqualTo(scores.get(i - 1));
                }
            }
        }
    }

    @Test
    void hybridSearchFusesByRrfAndByNormalizedWeights() {
        float[] q1 = query(6);
        float[] q2 = query(7);
        SearchRequest a = search("vec", q1, 20, "L2", Map.of());
        SearchRequest b = search("img", q2, 20, "IP", Map.of());
        List<Long> ra = idsOf(engine.search(a));
        List<Long> rb = idsOf(engine.search(b));
        SearchResult rrf = engine.hybridSearch(new HybridSearchRequest(
                C, List.of(), List.of(a, b), "rrf", Map.of("k", "10"), 5, 0, -1, List.of("tag"), Map.of()));
        Map<Long, Double> expected = new HashMap<>();
        for (int i = 0; i < ra.size(); i++) {
            expected.merge(ra.get(i), 1.0 / (10 + i + 1), Double::sum);
        }
        for (int i = 0; i < rb.size(); i++) {
            expected.merge(rb.get(i), 1.0 / (10 + i + 1), Double::sum);
        }
        assertFused(rrf, expected, 5);
        assertThat(rrf.fields()).hasSize(1);
        assertThat(rrf.fields().get(0).strings()[0]).isEqualTo("t" + rrf.ids().longs()[0] % 5);

        SearchResult weighted = engine.hybridSearch(new HybridSearchRequest(
                C,
                List.of(),
                List.of(a, b),
                "weighted",
                Map.of("weights", "[0.3, 0.7]"),
                7,
                2,
                -1,
                List.of(),
                Map.of()));
        Map<Long, Double> w = new HashMap<>();
        SearchResult sa = engine.search(a);
        SearchResult sb = engine.search(b);
        for (int i = 0; i < sa.scores().length; i++) {
            w.merge(sa.ids().longs()[i], 0.3 * (1 - 2 * Math.atan(sa.scores()[i]) / Math.PI), Double::sum);
        }
        for (int i = 0; i < sb.scores().length; i++) {
            w.merge(sb.ids().longs()[i], 0.7 * (0.5 + Math.atan(sb.scores()[i]) / Math.PI), Double::sum);
        }
        List<Map.Entry<Long, Double>> sorted = new ArrayList<>(w.entrySet());
        sorted.sort((x, y) -> Double.compare(y.getValue(), x.getValue()));
        assertThat(weighted.ids().longs()).hasSize(7);
        for (int i = 0; i < 7; i++) {
            assertThat((double) weighted.scores()[i])
                    .isCloseTo(sorted.get(i + 2).getValue(), org.assertj.core.data.Offset.offset(1e-5));
        }
    }

    @Test
    void hybridSearchGroupsTheFusedRanking() {
        SearchRequest a = search("vec", query(11), 50, "L2", Map.of());
        SearchRequest b = search("img", query(12), 50, "L2", Map.of());
        SearchResult r = engine.hybridSearch(new HybridSearchRequest(
                C,
                List.of(),
                List.of(a, b),
                "rrf",
                Map.of(),
                3,
                0,
                -1,
                List.of(),
                Map.of("group_by_field", "tag", "group_size", "2")));
        assertThat(r.topks()).containsExactly(6);
        Set<Object> groups = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            groups.add(r.groupByValues().scalar(i));
            assertThat(r.groupByValues().scalar(i)).isEqualTo("t" + r.ids().longs()[i] % 5);
        }
        assertThat(groups).hasSize(3);
        for (int i = 1; i < 6; i += 2) {
            assertThat(r.groupByValues().scalar(i)).isEqualTo(r.groupByValues().scalar(i - 1));
        }
    }

    private static List<Long> idsOf(SearchResult r) {
        List<Long> out = new ArrayList<>();
        for (long id : r.ids().longs()) {
            out.add(id);
        }
        return out;
    }

    private static void assertFused(SearchResult r, Map<Long, Double> expected, int limit) {
        List<Map.Entry<Long, Double>> sorted = new ArrayList<>(expected.entrySet());
        sorted.sort((x, y) -> {
            int c = Double.compare(y.getValue(), x.getValue());
            return c != 0 ? c : Long.compare(x.getKey(), y.getKey());
        });
        assertThat(r.ids().longs()).hasSize(limit);
        for (int i = 0; i < limit; i++) {
            assertThat((double) r.scores()[i])
                    .isCloseTo(sorted.get(i).getValue(), org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void anUnknownAnnsFieldIsRefusedWithEachProfilesText() {
        float[] q = query(9);
        HybridSearchRequest hybrid = new HybridSearchRequest(
                C,
                List.of(),
                List.of(search("vec", q, 5, "L2", Map.of()), search("nope", q, 5, "L2", Map.of())),
                "rrf",
                Map.of(),
                5,
                0,
                -1,
                List.of(),
                Map.of());
        String planner = "failed to get field schema by name: fieldName(nope) not found";
        assertThat(LifecycleTestBase.refused(() -> engine.search(search("nope", q, 5, "L2", Map.of())))
                        .reason())
                .isEqualTo(planner);
        assertThat(LifecycleTestBase.refused(() -> engine.hybridSearch(hybrid)).reason())
                .isEqualTo(planner);
        // Milvus 2.6's search tasks wrap the planner's error (what its own tests expect)
        try (Engine e26 = EngineFixture.open(dir.resolve("2.6"), Profile.MILVUS_2_6)) {
            e26.createCollection(new CollectionSchema(
                    C, "", List.of(FieldSchema.int64Key("id", false), FieldSchema.floatVector("vec", DIM)), 1, 0));
            e26.createIndex(C, "vec", "", Map.of("index_type", "FLAT", "metric_type", "L2"));
            e26.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e26, C, List.of());
            EngineException refused = LifecycleTestBase.refused(() -> e26.search(search("nope", q, 5, "L2", Map.of())));
            assertThat(refused.code()).isEqualTo(1100);
            assertThat(refused.reason()).isEqualTo("failed to create query plan: " + planner + ": invalid parameter");
            assertThat(LifecycleTestBase.refused(() -> e26.hybridSearch(hybrid)).reason())
                    .isEqualTo("failed to create query plan: " + planner + ": invalid parameter");
        }
    }

    @Test
    void hybridSearchRefusesBadRankersWithMilvusText() {
        float[] q = query(8);
        SearchRequest a = search("vec", q, 5, "L2", Map.of());
        SearchRequest b = search("img", q, 5, "L2", Map.of());
        assertThat(LifecycleTestBase.refused(() -> engine.hybridSearch(new HybridSearchRequest(
                                C,
                                List.of(),
                                List.of(a, b),
                                "weighted",
                                Map.of("weights", "[0.5]"),
                                5,
                                0,
                                -1,
                                List.of(),
                                Map.of())))
                        .reason())
                .isEqualTo(
                        "the length of weights param mismatch with ann search requests: invalid parameter[expected=2]"
                                + "[actual=1]");
        StringBuilder thousand = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            thousand.append(i == 0 ? "" : ",").append("0.1");
        }
        assertThat(LifecycleTestBase.refused(() -> engine.hybridSearch(new HybridSearchRequest(
                                C,
                                List.of(),
                                List.of(a, b),
                                "weighted",
                                Map.of("weights", thousand + "]"),
                                5,
                                0,
                                -1,
                                List.of(),
                                Map.of())))
                        .reason())
                .contains("[expected=2][actual=1000]");
        assertThat(LifecycleTestBase.refused(() -> engine.hybridSearch(new HybridSearchRequest(
                                C,
                                List.of(),
                                List.of(a, b),
                                "weighted",
                                Map.of("weights", "[0.5, 1.5]"),
                                5,
                                0,
                                -1,
                                List.of(),
                                Map.of())))
                        .reason())
                .startsWith("rank param weight should be in range [0, 1]");
        assertThat(LifecycleTestBase.refused(() -> engine.hybridSearch(new HybridSearchRequest(
                                C, List.of(), List.of(a, b), "rrf", Map.of("k", "0"), 5, 0, -1, List.of(), Map.of())))
                        .reason())
                .startsWith("The rank params k should be in range (0, 16384)");
        assertThat(LifecycleTestBase.refused(() -> engine.hybridSearch(new HybridSearchRequest(
                                C, List.of(), List.of(), "rrf", Map.of(), 5, 0, -1, List.of(), Map.of())))
                        .reason())
                .isEqualTo("minimum of ann search requests is 1");
    }

    @Test
    void anIteratorsSnapshotLeavesOutRowsInsertedAfterIt() {
        long snapshot = engine.timestamp();
        insert(ROWS, 50, new Random(9));
        assertThat(engine.query(new QueryRequest(C, "id >= 0", List.of(), List.of(), -1, 0, true, snapshot))
                        .get(0)
                        .rowCount())
                .isEqualTo(ROWS - 3);
        assertThat(engine.query(new QueryRequest(C, "id >= 0", List.of(), List.of(), -1, 0, true, 0))
                        .get(0)
                        .rowCount())
                .isEqualTo(ROWS - 3 + 50);
        Map<String, String> p = Map.of(
                "search_iter_v2",
                "true",
                "search_iter_batch_size",
                "16384",
                SearchRequest.SNAPSHOT_TS,
                Long.toString(snapshot));
        assertThat(engine.search(search("vec", query(10), 16384, "L2", p)).ids().rowCount())
                .isEqualTo(ROWS - 3);
    }

    @Test
    void aLimitedQueryAnswersTheSmallestKeysInOrderUnderMilvus26() {
        // keys inserted out of order in two segments (one sealed, one growing)
        long[] sealed = {40, 7, 93, 12, 58};
        long[] growing = {3, 71, 25};
        try (Engine e26 = EngineFixture.open(dir.resolve("2.6"), Profile.MILVUS_2_6);
                Engine e21 = EngineFixture.open(dir.resolve("2.1"), Profile.MILVUS_2_1)) {
            for (Engine e : List.of(e26, e21)) {
                e.createCollection(new CollectionSchema(
                        C, "", List.of(FieldSchema.int64Key("id", false), FieldSchema.floatVector("vec", 2)), 1, 0));
                e.insert(
                        C,
                        "",
                        List.of(FieldColumn.longs("id", sealed), FieldColumn.floatVectors("vec", 2, new float[10])));
                e.flush(List.of(C));
                e.insert(
                        C,
                        "",
                        List.of(FieldColumn.longs("id", growing), FieldColumn.floatVectors("vec", 2, new float[6])));
                e.createIndex(C, "vec", "", Map.of("index_type", "FLAT", "metric_type", "L2"));
                e.loadCollection(C, 1);
                EngineFixture.awaitLoaded(e, C, List.of());
            }
            // what pymilvus 3's query iterator relies on to seek an offset (a plain query, limit 4)
            assertThat(e26.query(new QueryRequest(C, "id >= 0", List.of(), List.of(), 4, 0))
                            .get(0)
                            .longs())
                    .containsExactly(3, 7, 12, 25);
            assertThat(e26.query(new QueryRequest(C, "id >= 0", List.of(), List.of(), 3, 2))
                            .get(0)
                            .longs())
                    .containsExactly(12, 25, 40);
            // 2.1 keeps storage order
            assertThat(e21.query(new QueryRequest(C, "id >= 0", List.of(), List.of(), 4, 0))
                            .get(0)
                            .longs())
                    .containsExactly(40, 7, 93, 12);
        }
    }

    @Test
    void queryIteratorPagesInPrimaryKeyOrder() {
        List<Long> seen = new ArrayList<>();
        String expr = "age >= 0";
        long last = -1;
        while (true) {
            String e = last < 0 ? expr : "id > " + last + " and (" + expr + ")";
            long[] page = engine.query(new QueryRequest(C, e, List.of(), List.of(), 97, 0, true, 0))
                    .get(0)
                    .longs();
            if (page.length == 0) {
                break;
            }
            for (long id : page) {
                seen.add(id);
            }
            last = page[page.length - 1];
        }
        assertThat(seen).hasSize(ROWS - 3).isSorted().doesNotHaveDuplicates();
    }
}
