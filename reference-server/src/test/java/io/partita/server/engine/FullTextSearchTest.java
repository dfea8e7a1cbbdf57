package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * Full-text search on the engine: a BM25 function's output filled on insert, BM25 search with raw
 * text (flushed and growing rows, deletes, filters) checked against a BM25 oracle computed here over
 * the words, {@code text_match} checked against a word-set oracle, and the refusals (the function's
 * output given or asked for, BM25 on other fields, bad analyzer params, bad bm25_k1/bm25_b).
 */
class FullTextSearchTest {
    private static final String[] WORDS = {
        "alpha", "beta", "gamma", "delta", "milvus", "vector", "search", "text", "java", "lucene", "bm", "tree"
    };
    private static final int ROWS = 400;
    private static final double K1 = 1.5;
    private static final double B = 0.6;

    @TempDir
    Path dir;

    Engine engine;
    final List<List<String>> docs = new ArrayList<>();

    @BeforeEach
    void documentsFlushedAndGrowing() {
        engine = EngineFixture.open(dir, Profile.MILVUS_2_6);
        engine.createCollection(schema(C, Map.of()));
        Random rnd = new Random(11);
        insert(0, 250, rnd);
        engine.flush(List.of(C));
        engine.createIndex(
                C,
                "sparse",
                "",
                Map.of(
                        "index_type",
                        "SPARSE_INVERTED_INDEX",
                        "metric_type",
                        "BM25",
                        "bm25_k1",
                        "1.5",
                        "bm25_b",
                        "0.6"));
        engine.loadCollection(C, 1);
        EngineFixture.awaitLoaded(engine, C, List.of());
        insert(250, ROWS - 250, rnd); // growing
        engine.delete(C, "", "id in [5, 300]");
    }

    @AfterEach
    void close() {
        engine.close();
    }

    static CollectionSchema schema(String name, Map<String, String> extraTextParams) {
        Map<String, String> text = new LinkedHashMap<>(
                Map.of("max_length", "1000", FieldSchema.ENABLE_ANALYZER, "true", FieldSchema.ENABLE_MATCH, "true"));
        text.putAll(extraTextParams);
        return new CollectionSchema(
                name,
                "",
                List.of(
                        FieldSchema.int64Key("id", false),
                        new FieldSchema(0, "text", "", DataType.VARCHAR, false, false, text),
                        new FieldSchema(
                                0,
                                "sparse",
                                "",
                                DataType.SPARSE_FLOAT_VECTOR,
                                false,
                                false,
                                Map.of(FieldSchema.BM25_INPUT, "text", FieldSchema.FUNCTION_NAME, "bm25")),
                        FieldSchema.scalar("n", DataType.INT64)),
                1,
                0);
    }

    private void insert(int first, int n, Random rnd) {
        long[] ids = new long[n];
        long[] ns = new long[n];
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int len = 1 + rnd.nextInt(8);
            List<String> words = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < len; w++) {
                String word = WORDS[rnd.nextInt(WORDS.length)];
                words.add(word);
                // mixed case and punctuation: the standard analyzer lowercases and drops it
                sb.append(w % 3 == 0 ? word.toUpperCase() : word).append(w % 2 == 0 ? ", " : " ");
            }
            docs.add(words);
            ids[i] = first + i;
            ns[i] = (first + i) % 3;
            texts.add(sb.toString());
        }
        engine.insert(
                C,
                "",
                List.of(FieldColumn.longs("id", ids), FieldColumn.varchars("text", texts), FieldColumn.longs("n", ns)));
    }

    private static boolean deleted(int id) {
        return id == 5 || id == 300;
    }

    /** BM25 over the words of every stored row (deleted ones count in the statistics, as they are stored). */
    private Map<Integer, Double> oracle(List<String> query) {
        double avgdl = docs.stream().mapToInt(List::size).average().orElse(1);
        Map<String, Integer> qtf = new HashMap<>();
        query.forEach(t -> qtf.merge(t, 1, Integer::sum));
        Map<Integer, Double> scores = new HashMap<>();
        for (int id = 0; id < docs.size(); id++) {
            List<String> d = docs.get(id);
            double s = 0;
            for (Map.Entry<String, Integer> q : qtf.entrySet()) {
                long df = docs.stream().filter(x -> x.contains(q.getKey())).count();
                double idf = Math.log(1 + (docs.size() - df + 0.5) / (df + 0.5));
                long tf = d.stream().filter(q.getKey()::equals).count();
                s += q.getValue() * idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * d.size() / avgdl));
            }
            if (s > 0) {
                scores.put(id, s);
            }
        }
        return scores;
    }

    private SearchResult search(String text, int topK, String expr, List<String> outputs) {
        return engine.search(new SearchRequest(
                C,
                List.of(),
                "sparse",
                FieldColumn.varchars("sparse", List.of(text)),
                topK,
                "",
                Map.of(),
                expr,
                outputs,
                -1));
    }

    @Test
    void bm25SearchRanksAsTheOracleAcrossFlushedAndGrowingRows() {
        for (String q : List.of("milvus", "Lucene search", "gamma gamma delta", "tree java bm")) {
            List<String> terms = Arrays.asList(q.toLowerCase().split(" "));
            Map<Integer, Double> expected = oracle(terms);
            expected.keySet().removeIf(FullTextSearchTest::deleted);
            List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(expected.entrySet());
            ranked.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()));
            SearchResult r = search(q, 20, "", List.of());
            int n = Math.min(20, ranked.size());
            assertThat(r.topks()[0]).as(q).isEqualTo(n);
            for (int i = 0; i < n; i++) {
                long id = r.ids().longs()[i];
                assertThat(r.scores()[i])
                        .as(q + " hit " + i)
                        .isCloseTo(ranked.get(i).getValue().floatValue(), within(1e-3f));
                assertThat(expected.get((int) id)).as(q + " id " + id).isCloseTo((double) r.scores()[i], within(1e-3));
            }
        }
    }

    @Test
    void bm25SearchThroughThePersistedPostingsRanksAsTheOracleAfterAReload() throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (engine.describeIndexes(C, "sparse", "").get(0).state()
                != io.partita.server.model.IndexDescription.STATE_FINISHED) {
            assertThat(System.nanoTime()).as("postings built within 60 s").isLessThan(deadline);
            Thread.sleep(10);
        }
        assertThat(engine.describeIndexes(C, "sparse", "").get(0).indexedRows()).isEqualTo(250);
        List<Path> files;
        try (var walk = java.nio.file.Files.walk(dir)) {
            files = walk.filter(f -> f.getFileName().toString().matches("seg-\\d+\\.idx-\\d+"))
                    .toList();
        }
        assertThat(files).hasSize(1);
        long ram = io.partita.server.search.IndexFile.readHeader(files.get(0)).ramBytes();
        // postings of 250 rows: at least a doc id and a count per stored (row, term) pair
        assertThat(ram).isGreaterThan(250L * 8);
        // reloaded: the postings come from their file (checksum and byte count checked) and are charged
        engine.releaseCollection(C);
        assertThat(engine.queryNodes().get(0).usedBytes()).isZero();
        engine.loadCollection(C, 1);
        EngineFixture.awaitLoaded(engine, C, List.of());
        assertThat(engine.queryNodes().get(0).usedBytes()).isGreaterThan(ram);
        bm25SearchRanksAsTheOracleAcrossFlushedAndGrowingRows();
        filtersCombineWithBm25AndAWordNoDocumentHoldsFindsNothing();
    }

    @Test
    void filtersCombineWithBm25AndAWordNoDocumentHoldsFindsNothing() {
        SearchResult r = search("milvus vector", 50, "n == 1", List.of("n", "text"));
        assertThat(r.topks()[0]).isPositive();
        for (long n : r.fields().get(0).longs()) {
            assertThat(n).isEqualTo(1);
        }
        assertThat(search("zebra", 10, "", List.of()).topks()[0]).isZero();
    }

    @Test
    void textMatchKeepsRowsHoldingAnyOfTheWords() {
        List<FieldColumn> rows = engine.query(
                new QueryRequest(C, "text_match(text, 'LUCENE tree')", List.of("id"), List.of(), 10_000, 0));
        Set<Long> got = new HashSet<>();
        for (long id : rows.get(0).longs()) {
            got.add(id);
        }
        Set<Long> want = new HashSet<>();
        for (int id = 0; id < docs.size(); id++) {
            if (!deleted(id) && (docs.get(id).contains("lucene") || docs.get(id).contains("tree"))) {
                want.add((long) id);
            }
        }
        assertThat(got).isEqualTo(want).isNotEmpty();
    }

    private Set<Long> matching(String filter) {
        Set<Long> got = new HashSet<>();
        for (long id : engine.query(new QueryRequest(C, filter, List.of("id"), List.of(), 10_000, 0))
                .get(0)
                .longs()) {
            got.add(id);
        }
        return got;
    }

    /** Oracle: {@code first} then {@code second} in order with at most {@code slop} words between them. */
    private Set<Long> phraseOracle(String first, String second, int slop) {
        Set<Long> want = new HashSet<>();
        for (int id = 0; id < docs.size(); id++) {
            List<String> d = docs.get(id);
            boolean hit = false;
            for (int i = 0; i < d.size() && !hit; i++) {
                if (d.get(i).equals(first)) {
                    int next = d.subList(i + 1, d.size()).indexOf(second);
                    hit = next >= 0 && next <= slop;
                }
            }
            if (hit && !deleted(id)) {
                want.add((long) id);
            }
        }
        return want;
    }

    @Test
    void phraseMatchKeepsRowsWithTheWordsInOrderWithinTheSlop() {
        Set<Long> adjacent = matching("phrase_match(text, 'Vector search')");
        assertThat(adjacent).isEqualTo(phraseOracle("vector", "search", 0)).isNotEmpty();
        assertThat(matching("phrase_match(text, \"vector search\", 2)"))
                .isEqualTo(phraseOracle("vector", "search", 2))
                .containsAll(adjacent);
        // the order counts
        assertThat(matching("phrase_match(text, 'search vector', 0)"))
                .isEqualTo(phraseOracle("search", "vector", 0))
                .isNotEqualTo(adjacent);
    }

    @Test
    void fuzzyTextMatchAcceptsWordsWithinTheEditDistance() {
        // "lucine" is one substitution from "lucene"; "trees" one insertion from "tree"
        Set<Long> lucene = matching("text_match(text, 'lucene')");
        assertThat(matching("text_match_fuzzy(text, 'lucine', max_edit_distance=1)"))
                .isEqualTo(lucene)
                .isNotEmpty();
        assertThat(matching("text_match_fuzzy(text, 'lucine', max_edit_distance=0)"))
                .isEmpty();
        assertThat(matching("text_match(text, 'lucine')")).isEmpty();
        Set<Long> either = new HashSet<>(lucene);
        either.addAll(matching("text_match(text, 'tree')"));
        assertThat(matching("text_match_fuzzy(text, 'lucine trees', max_edit_distance=1)"))
                .isEqualTo(either);
        EngineException tooFar =
                LifecycleTestBase.refused(() -> matching("text_match_fuzzy(text, 'lucine', max_edit_distance=3)"));
        assertThat(tooFar.reason()).contains("max_edit_distance of 0 to 2, got 3");
        EngineException named = LifecycleTestBase.refused(() -> matching("text_match(text, words='lucene')"));
        assertThat(named.reason()).contains("unexpected named argument words");
    }

    @Test
    void theFunctionOutputIsNeitherGivenNorReturned() {
        EngineException given = catchEngine(() -> engine.insert(
                C,
                "",
                List.of(
                        FieldColumn.longs("id", new long[] {9999}),
                        FieldColumn.varchars("text", List.of("x")),
                        FieldColumn.sparseVectors("sparse", new byte[][] {new byte[0]}),
                        FieldColumn.longs("n", new long[] {0}))));
        assertThat(given.reason()).contains("more fieldData has pass in");
        EngineException asked = catchEngine(() -> search("milvus", 3, "", List.of("sparse")));
        assertThat(asked.reason()).isEqualTo("not allowed to retrieve raw data of field sparse");
        SearchResult all = search("milvus", 3, "", List.of("*"));
        assertThat(all.fields())
                .extracting(FieldColumn::name)
                .doesNotContain("sparse")
                .contains("text");
    }

    @Test
    void bm25BelongsToTheFunctionOutputAndTextQueriesToIt() {
        engine.createCollection(new CollectionSchema(
                "plain",
                "",
                List.of(
                        FieldSchema.int64Key("id", false),
                        new FieldSchema(0, "sp", "", DataType.SPARSE_FLOAT_VECTOR, false, false, Map.of())),
                1,
                0));
        EngineException metric = catchEngine(() -> engine.createIndex(
                "plain", "sp", "", Map.of("index_type", "SPARSE_INVERTED_INDEX", "metric_type", "BM25")));
        assertThat(metric.reason()).isEqualTo("only BM25 Function output field support BM25 metric type");
        engine.createCollection(schema("other", Map.of()));
        EngineException k1 = catchEngine(() -> engine.createIndex(
                "other",
                "sparse",
                "",
                Map.of("index_type", "SPARSE_INVERTED_INDEX", "metric_type", "BM25", "bm25_k1", "9")));
        assertThat(k1.reason()).contains("bm25_k1");
        // in the params JSON too (Milvus's own test_create_full_text_search_with_invalid_bm25_params)
        EngineException nested = catchEngine(() -> engine.createIndex(
                "other",
                "sparse",
                "",
                Map.of(
                        "index_type",
                        "SPARSE_INVERTED_INDEX",
                        "metric_type",
                        "BM25",
                        "params",
                        "{\"bm25_k1\": -1, \"bm25_b\": -1}")));
        assertThat(nested.code()).isEqualTo(1100);
        assertThat(nested.reason()).contains("bm25_k1").contains("invalid");
        EngineException cosine = catchEngine(() -> engine.createIndex(
                "other", "sparse", "", Map.of("index_type", "SPARSE_INVERTED_INDEX", "metric_type", "COSINE")));
        assertThat(cosine.code()).isEqualTo(65535);
        assertThat(cosine.reason())
                .isEqualTo("index metric type of BM25 function output field must be BM25, got COSINE");
        EngineException ip = catchEngine(() -> engine.createIndex(
                "other", "sparse", "", Map.of("index_type", "SPARSE_INVERTED_INDEX", "metric_type", "IP")));
        assertThat(ip.reason()).contains("BM25");
        EngineException denseQuery = catchEngine(() -> engine.search(new SearchRequest(
                C,
                List.of(),
                "sparse",
                FieldColumn.sparseVectors("sparse", new byte[][] {new byte[0]}),
                3,
                "",
                Map.of(),
                "",
                List.of(),
                -1)));
        assertThat(denseQuery.reason()).contains("raw texts");
    }

    @Test
    void badAnalyzerParamsAreRefusedAtCreation() {
        for (String bad : List.of(
                "{\"type\": \"klingon\"}", "{\"tokenizer\": \"jieba2\"}", "not json", "{\"filter\": \"lowercase\"}")) {
            EngineException e =
                    catchEngine(() -> engine.createCollection(schema("bad", Map.of(FieldSchema.ANALYZER_PARAMS, bad))));
            assertThat(e.reason()).as(bad).startsWith("invalid analyzer params of field text");
        }
        engine.createCollection(
                schema(
                        "english",
                        Map.of(
                                FieldSchema.ANALYZER_PARAMS,
                                "{\"tokenizer\": \"whitespace\", \"filter\": [\"lowercase\", {\"type\": \"stop\", \"stop_words\": [\"_english_\"]}, {\"type\": \"length\", \"max\": 10}]}")));
        assertThat(engine.hasCollection("english")).isTrue();
    }

    private static EngineException catchEngine(Runnable r) {
        try {
            r.run();
        } catch (EngineException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }
}
