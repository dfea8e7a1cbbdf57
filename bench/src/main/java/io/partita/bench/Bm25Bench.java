package io.partita.bench;

import io.partita.server.engine.Engine;
import io.partita.server.engine.EngineConfig;
import io.partita.server.engine.core.LocalEngine;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.IndexDescription;
import io.partita.server.model.LoadState;
import io.partita.server.model.SearchRequest;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Full-text search on short documents: inserts {@code rows} documents of 4–12 words drawn from a
 * Zipf-like 20,000-word vocabulary into a collection with a BM25 function, flushes, indexes
 * (SPARSE_INVERTED_INDEX, BM25) and waits for the build, loads, and measures single-client BM25 search (top 10, queries of
 * 2–3 words) and the heap the loaded collection holds. Usage: {@code Bm25Bench [rows] [queries]};
 * prints a Markdown table.
 */
public final class Bm25Bench {
    private static final String C = "bm25_bench";
    private static final int VOCABULARY = 20_000;
    private static final int BATCH = 10_000;

    private Bm25Bench() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path dir = Files.createTempDirectory("partita-bm25-bench");
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder out = new StringBuilder("| measure | value |\n|---|---|\n");
        row(
                out,
                "machine",
                cores + " cores, JVM max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB, Java "
                        + System.getProperty("java.version"));
        Random rnd = new Random(42);
        String[] words = new String[VOCABULARY];
        for (int i = 0; i < VOCABULARY; i++) {
            words[i] = "w" + Integer.toString(i, 36);
        }
        EngineConfig config = EngineConfig.builder(dir)
                .memoryLimitBytes(Runtime.getRuntime().maxMemory() * 9 / 10)
                .searchThreads(cores)
                .build();
        try (Engine e = LocalEngine.open(config)) {
            long heap0 = usedHeap();
            e.createCollection(new CollectionSchema(
                    C,
                    "",
                    List.of(
                            FieldSchema.int64Key("id", false),
                            new FieldSchema(
                                    0,
                                    "text",
                                    "",
                                    DataType.VARCHAR,
                                    false,
                                    false,
                                    Map.of("max_length", "1000", FieldSchema.ENABLE_ANALYZER, "true")),
                            new FieldSchema(
                                    0,
                                    "sparse",
                                    "",
                                    DataType.SPARSE_FLOAT_VECTOR,
                                    false,
                                    false,
                                    Map.of(FieldSchema.BM25_INPUT, "text", FieldSchema.FUNCTION_NAME, "bm25"))),
                    1,
                    0));
            long t0 = System.nanoTime();
            long chars = 0;
            for (int first = 0; first < rows; first += BATCH) {
                int n = Math.min(BATCH, rows - first);
                long[] ids = new long[n];
                List<String> texts = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    ids[i] = first + i;
                    String t = sentence(rnd, words, 4 + rnd.nextInt(9));
                    chars += t.length();
                    texts.add(t);
                }
                e.insert(C, "", List.of(FieldColumn.longs("id", ids), FieldColumn.varchars("text", texts)));
            }
            e.flush(List.of(C));
            double insertS = (System.nanoTime() - t0) / 1e9;
            row(
                    out,
                    "data",
                    rows + " documents of 4–12 words (" + fmt(chars / (double) rows) + " characters on average)");
            row(out, "insert (analysis + BM25 rows) + flush", fmt(insertS) + " s (" + fmt(rows / insertS) + " docs/s)");
            t0 = System.nanoTime();
            e.createIndex(C, "sparse", "", Map.of("index_type", "SPARSE_INVERTED_INDEX", "metric_type", "BM25"));
            // the postings are built per sealed segment in the background; load once they are written
            while (e.describeIndexes(C, "sparse", "").get(0).state() != IndexDescription.STATE_FINISHED) {
                Thread.sleep(50);
            }
            row(out, "index build (postings of the sealed segments)", fmt((System.nanoTime() - t0) / 1e9) + " s");
            t0 = System.nanoTime();
            e.loadCollection(C, 1);
            while (e.loadState(C, List.of()) != LoadState.LOADED) {
                Thread.sleep(50);
            }
            row(out, "load", fmt((System.nanoTime() - t0) / 1e9) + " s");
            row(out, "heap held by the loaded collection", ((usedHeap() - heap0) >> 20) + " MiB");
            for (int i = 0; i < 3; i++) {
                search(e, rnd, words); // warm-up
            }
            t0 = System.nanoTime();
            long hits = 0;
            for (int i = 0; i < queries; i++) {
                hits += search(e, rnd, words);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            row(
                    out,
                    "BM25 search, top 10, 1 client",
                    fmt(queries / s) + " QPS (" + fmt(s * 1000 / queries) + " ms per query, " + queries + " queries, "
                            + hits + " hits)");
        }
        System.out.print(out);
    }

    private static int search(Engine e, Random rnd, String[] words) {
        String q = sentence(rnd, words, 2 + rnd.nextInt(2));
        return e.search(new SearchRequest(
                        C,
                        List.of(),
                        "sparse",
                        FieldColumn.varchars("sparse", List.of(q)),
                        10,
                        "",
                        Map.of(),
                        "",
                        List.of(),
                        -1))
                .ids()
                .rowCount();
    }

    /** Words drawn with a Zipf-like skew (index ~ vocabulary^u²), as natural text has. */
    private static String sentence(Random rnd, String[] words, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double u = rnd.nextDouble();
            int w = (int) Math.min(words.length - 1, Math.pow(words.length, u * u));
            b.append(i == 0 ? "" : " ").append(words[w]);
        }
        return b.toString();
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void row(StringBuilder out, String k, String v) {
        out.append("| ").append(k).append(" | ").append(v).append(" |\n");
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
