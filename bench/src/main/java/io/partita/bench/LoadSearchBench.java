package io.partita.bench;

import io.partita.server.engine.Engine;
import io.partita.server.engine.EngineConfig;
import io.partita.server.engine.core.LocalEngine;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.LoadState;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import io.partita.server.model.SegmentInfo;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load, release and FLAT search of one partition of 1,000,000 × 128-dim float vectors, in one
 * run. Usage: {@code LoadSearchBench [rows] [dataDir] [rounds] [load-only]}; prints a Markdown table.
 * Each round reads the segment files plainly, then loads them (and releases them, but the last):
 * the speed ratio load ÷ plain read is taken round by round, so a machine whose speed drifts
 * still gives a fair ratio. {@code load-only} skips the searches. A data dir from an earlier run
 * with the same row count is reused (the generation step is skipped).
 */
public final class LoadSearchBench {
    private static final String C = "bench";
    private static final int DIM = 128;
    private static final int BATCH = 10_000;
    private static final int TOPK = 10;

    private LoadSearchBench() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("partita-bench");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean searches = args.length <= 3 || !args[3].equals("load-only");
        int cores = Runtime.getRuntime().availableProcessors();
        double vectorMb = rows * (double) DIM * 4 / 1e6;
        StringBuilder out = new StringBuilder();
        row(
                out,
                "machine",
                cores + " cores, JVM max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB, Java "
                        + System.getProperty("java.version"));
        row(out, "data", rows + " × " + DIM + "-dim float vectors (" + fmt(vectorMb) + " MB of vector data)");

        EngineConfig config = EngineConfig.builder(dir)
                .memoryLimitBytes(Runtime.getRuntime().maxMemory() * 9 / 10)
                .searchThreads(cores)
                .build();
        try (Engine e = LocalEngine.open(config)) {
            if (!e.hasCollection(C)) {
                long t0 = System.nanoTime();
                generate(e, rows);
                e.flush(List.of(C));
                row(out, "insert + flush", fmt((System.nanoTime() - t0) / 1e9) + " s");
            }
            if (e.collectionRowCount(C) != rows) {
                throw new IllegalStateException(dir + " holds " + e.collectionRowCount(C) + " rows, not " + rows);
            }

            List<Path> files = SequentialRead.segmentFiles(dir);
            long fileBytes = 0;
            double seqMbs = 0;
            double loadMbs = 0;
            long releaseNanos = Long.MAX_VALUE;
            float[] inMemory = new float[Math.toIntExact((long) rows * DIM)]; // the floor's source
            Arrays.fill(inMemory, 0.5f);
            long before = heapAfterGc(); // with the floor's source already held
            long charged = 0;
            long heapLoaded = 0;
            long[] releases = new long[rounds - 1];
            double[] ratios = new double[rounds];
            double[] heapRatios = new double[rounds];
            double heapReadMbs = 0;
            double floorMbs = 0;
            double[] floorRatios = new double[rounds];
            ExecutorService helper = Executors.newSingleThreadExecutor();
            for (int round = 0; round < rounds; round++) {
                long s = System.nanoTime();
                fileBytes = SequentialRead.readAll(files);
                long seqNanos = System.nanoTime() - s;
                seqMbs = Math.max(seqMbs, fileBytes / 1e6 / (seqNanos / 1e9));
                s = System.nanoTime();
                SequentialRead.readIntoHeap(files);
                long heapReadNanos = System.nanoTime() - s;
                heapReadMbs = Math.max(heapReadMbs, fileBytes / 1e6 / (heapReadNanos / 1e9));
                s = System.nanoTime();
                SequentialRead.freshCopy(inMemory, helper);
                long floorNanos = System.nanoTime() - s;
                floorMbs = Math.max(floorMbs, vectorMb / (floorNanos / 1e9));
                s = System.nanoTime();
                e.loadCollection(C, 1);
                while (e.loadState(C, List.of()) != LoadState.LOADED) {
                    Thread.sleep(1);
                }
                long loadNanos = System.nanoTime() - s;
                loadMbs = Math.max(loadMbs, vectorMb / (loadNanos / 1e9));
                ratios[round] = (double) seqNanos / loadNanos;
                heapRatios[round] = (double) heapReadNanos / loadNanos;
                floorRatios[round] = (double) floorNanos / loadNanos;
                if (round == rounds - 1) {
                    charged = e.querySegmentInfo(C).stream()
                            .mapToLong(SegmentInfo::memSizeBytes)
                            .sum();
                    heapLoaded = heapAfterGc() - before;
                    break;
                }
                s = System.nanoTime();
                e.releaseCollection(C);
                releases[round] = System.nanoTime() - s;
                releaseNanos = Math.min(releaseNanos, releases[round]);
            }
            row(
                    out,
                    "plain sequential read of the segment files",
                    fmt(seqMbs) + " MB/s (" + fmt(fileBytes / 1e6) + " MB, page cache)");
            row(out, "load (LoadCollection → Loaded)", fmt(loadMbs) + " MB/s of vector data (best of " + rounds + ")");
            row(
                    out,
                    "read into a fresh heap array per file (the bytes kept)",
                    fmt(heapReadMbs) + " MB/s (best of " + rounds + ")");
            row(out, "load speed ÷ plain read speed, same bytes, round by round", medianAndRounds(ratios));
            row(out, "load speed ÷ read-into-heap speed, round by round", medianAndRounds(heapRatios));
            row(
                    out,
                    "floor of a heap load: fresh array + two-thread copy from memory, no file",
                    fmt(floorMbs) + " MB/s of vector data (best of " + rounds + ")");
            row(out, "load speed ÷ floor speed, round by round", medianAndRounds(floorRatios));
            helper.shutdown();
            inMemory = null;
            if (releases.length > 0) {
                row(
                        out,
                        "release latency, rounds",
                        "max " + fmt(Arrays.stream(releases).max().getAsLong() / 1e6) + " ms, min "
                                + fmt(releaseNanos / 1e6) + " ms");
            }
            row(
                    out,
                    "memory per loaded vector",
                    fmt((double) charged / rows) + " bytes accounted, " + fmt((double) heapLoaded / rows)
                            + " bytes of heap measured (raw vector: " + DIM * 4 + ")");

            if (searches) {
                search(e, out, rows, cores);
            }

            long s = System.nanoTime();
            e.releaseCollection(C);
            releaseNanos = Math.min(releaseNanos, System.nanoTime() - s);
            row(out, "release latency", fmt(releaseNanos / 1e6) + " ms (best of " + rounds + ")");
        }
        try (Engine small = LocalEngine.open(
                EngineConfig.builder(dir).memoryLimitBytes(64L << 20).build())) {
            long s = System.nanoTime();
            String reason = "";
            try {
                small.loadCollection(C, 1);
            } catch (EngineException ex) {
                reason = ex.reason();
            }
            row(
                    out,
                    "refusing an over-budget load (64 MiB node)",
                    fmt((System.nanoTime() - s) / 1e6) + " ms: `" + reason + "`");
        }
        row(
                out,
                "system load average during the run",
                fmt(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println(out);
    }

    /** Creates collection {@code bench} (id, 128-dim vec) with {@code rows} seeded random rows. */
    static void generate(Engine e, int rows) {
        e.createCollection(new CollectionSchema(
                C, "", List.of(FieldSchema.int64Key("id", false), FieldSchema.floatVector("vec", DIM)), 1, 0));
        Random rnd = new Random(1);
        for (int first = 0; first < rows; first += BATCH) {
            int n = Math.min(BATCH, rows - first);
            long[] ids = new long[n];
            float[] v = new float[n * DIM];
            for (int i = 0; i < n; i++) {
                ids[i] = first + i;
            }
            for (int i = 0; i < v.length; i++) {
                v[i] = rnd.nextFloat();
            }
            e.insert(C, "", List.of(FieldColumn.longs("id", ids), FieldColumn.floatVectors("vec", DIM, v)));
        }
    }

    private static void search(Engine e, StringBuilder out, int rows, int cores) throws Exception {
        Random rnd = new Random(2);
        int n = 30;
        long[] lat = new long[n];
        for (int i = -5; i < n; i++) {
            long s = System.nanoTime();
            e.search(request(rnd, 1));
            if (i >= 0) {
                lat[i] = System.nanoTime() - s;
            }
        }
        Stats single = new Stats(lat);
        double gbs = rows * (double) DIM * 4 / 1e9 / (single.meanMs() / 1e3);
        row(
                out,
                "FLAT search, topK 10, 1 query, 1 thread",
                "p50 " + fmt(single.percentileMs(50)) + " ms, p99 " + fmt(single.percentileMs(99)) + " ms, "
                        + fmt(1000 / single.meanMs()) + " QPS, " + fmt(gbs) + " GB/s scanned");

        ExecutorService clients = Executors.newFixedThreadPool(cores);
        AtomicLong done = new AtomicLong();
        long s = System.nanoTime();
        long deadline = s + 5_000_000_000L;
        Future<?>[] fs = new Future<?>[cores];
        for (int t = 0; t < cores; t++) {
            long seed = t;
            fs[t] = clients.submit(() -> {
                Random r = new Random(seed);
                while (System.nanoTime() < deadline) {
                    e.search(request(r, 1));
                    done.incrementAndGet();
                }
            });
        }
        for (Future<?> f : fs) {
            f.get();
        }
        clients.shutdown();
        double secs = (System.nanoTime() - s) / 1e9;
        double qps = done.get() / secs;
        row(
                out,
                "FLAT search, topK 10, 1 query each, " + cores + " client threads",
                fmt(qps) + " QPS, " + fmt(qps * rows * DIM * 4 / 1e9) + " GB/s scanned");

        int nq = 16;
        long[] batch = new long[5];
        for (int i = -1; i < batch.length; i++) {
            long b = System.nanoTime();
            SearchResult r = e.search(request(rnd, nq));
            if (r.topks().length != nq) {
                throw new IllegalStateException("expected " + nq + " result lists");
            }
            if (i >= 0) {
                batch[i] = System.nanoTime() - b;
            }
        }
        Stats bs = new Stats(batch);
        row(
                out,
                "FLAT search, topK 10, batch of " + nq + " queries (all cores)",
                "p50 " + fmt(bs.percentileMs(50)) + " ms, "
                        + fmt(nq * 1000 / bs.meanMs()) + " queries/s, "
                        + fmt(nq * rows * (double) DIM * 4 / 1e9 / (bs.meanMs() / 1e3))
                        + " GB/s of vectors compared");
    }

    private static SearchRequest request(Random rnd, int nq) {
        float[] q = new float[nq * DIM];
        for (int i = 0; i < q.length; i++) {
            q[i] = rnd.nextFloat();
        }
        return new SearchRequest(
                C, List.of(), "vec", FieldColumn.floatVectors("vec", DIM, q), TOPK, "L2", Map.of(), "", List.of(), -1);
    }

    private static String medianAndRounds(double[] ratios) {
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        StringBuilder each = new StringBuilder();
        for (double r : ratios) {
            each.append(each.length() == 0 ? "" : ", ").append(fmt(r));
        }
        return "median " + fmt(sorted[ratios.length / 2]) + " (rounds: " + each + ")";
    }

    private static long heapAfterGc() throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            best = Math.min(
                    best,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return best;
    }

    private static void row(StringBuilder out, String what, String value) {
        if (out.length() == 0) {
            out.append("| measure | result |\n|---|---|\n");
        }
        out.append("| ").append(what).append(" | ").append(value).append(" |\n");
    }

    private static String fmt(double v) {
        return v >= 100 ? String.format("%.0f", v) : String.format("%.2f", v);
    }
}
