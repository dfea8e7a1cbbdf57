package io.partita.bench;

import io.partita.server.search.FlatIndex;
import io.partita.server.search.FlatSearcher;
import io.partita.server.search.IndexSpec;
import io.partita.server.search.Kernels;
import io.partita.server.search.Metric;
import io.partita.server.search.TopK;
import io.partita.server.search.VectorIndex;
import io.partita.server.search.VectorIndexes;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The search engine's kernels and indexes, measured directly (no RPC): FLAT exact scan, HNSW
 * and the IVF family. Writes the data it generates (seeded) to {@code <dir>} so {@code bench/index_bench.py}
 * runs faiss and hnswlib on the same vectors. Run with {@code --add-modules jdk.incubator.vector}.
 *
 * <pre>
 * IndexBench flat &lt;rows&gt; &lt;dim&gt; &lt;dir&gt;
 * IndexBench hnsw &lt;rows&gt; &lt;dim&gt; &lt;dir&gt; &lt;M&gt; &lt;efConstruction&gt; &lt;ef,ef,...&gt;
 * IndexBench ivf &lt;rows&gt; &lt;dim&gt; &lt;dir&gt; &lt;IVF_FLAT|IVF_SQ8|IVF_PQ&gt; &lt;nlist&gt; &lt;m&gt; &lt;nprobe,...&gt;
 * IndexBench diskann &lt;rows&gt; &lt;dim&gt; &lt;dir&gt; &lt;search_list,...&gt; (read back from its file before searching)
 * </pre>
 */
public final class IndexBench {
    private IndexBench() {}

    public static void main(String[] args) throws Exception {
        System.out.println("kernel: " + Kernels.kernelName() + ", java " + System.getProperty("java.version"));
        int rows = Integer.parseInt(args[1]);
        int dim = Integer.parseInt(args[2]);
        Path dir = Path.of(args[3]);
        if (args[0].equals("flat")) {
            flat(rows, dim, dir);
        } else if (args[0].equals("diskann")) {
            approximate(
                    "diskann",
                    rows,
                    dim,
                    dir,
                    Map.of("index_type", "DISKANN", "metric_type", "L2"),
                    "search_list",
                    args[4]);
        } else if (args[0].equals("ivf")) {
            ivf(rows, dim, dir, args[4], Integer.parseInt(args[5]), Integer.parseInt(args[6]), args[7]);
        } else {
            hnsw(rows, dim, dir, Integer.parseInt(args[4]), Integer.parseInt(args[5]), args[6]);
        }
    }

    private static void flat(int rows, int dim, Path dir) throws Exception {
        float[] data = VectorData.uniform(rows, dim, 42);
        float[] queries = VectorData.uniform(100, dim, 43);
        VectorData.write(dir.resolve("flat-base.f32"), data);
        VectorData.write(dir.resolve("flat-queries.f32"), queries);
        double gb = rows * (double) dim * 4 / 1e9;
        // the bandwidth bound: one pass over the same array, nothing but the reads and an FMA
        for (int threads : new int[] {1, 2}) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long[] t = new long[7];
            for (int rep = 0; rep < t.length; rep++) {
                long t0 = System.nanoTime();
                int per = rows / threads;
                List<java.util.concurrent.Future<Float>> fs = new java.util.ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    int from = i * per;
                    int n = (i == threads - 1 ? rows - from : per) * dim;
                    fs.add(pool.submit(() -> Kernels.dot(data, from * dim, data, from * dim, n)));
                }
                float sink = 0;
                for (var f : fs) {
                    sink += f.get();
                }
                t[rep] = System.nanoTime() - t0;
                if (sink == 42) {
                    System.out.print("");
                }
            }
            Stats s = new Stats(t);
            System.out.printf(
                    Locale.ROOT,
                    "RESULT bound threads=%d median_ms=%.2f GBps=%.1f%n",
                    threads,
                    s.percentileMs(50),
                    gb / (s.percentileMs(50) / 1e3));
            pool.shutdown();
        }
        for (int threads : new int[] {1, 2}) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            FlatSearcher searcher = new FlatSearcher(threads > 1 ? pool : null, threads);
            List<FlatSearcher.Target> targets = List.of(new FlatSearcher.Target(data, rows, null));
            for (int nq : new int[] {1, 10}) {
                int reps = nq == 1 ? 30 : 10;
                long[] t = new long[reps];
                for (int rep = -3; rep < reps; rep++) {
                    float[] q = new float[nq * dim];
                    System.arraycopy(queries, ((rep + 3) * nq % 90) * dim, q, 0, nq * dim);
                    long t0 = System.nanoTime();
                    searcher.search(Metric.L2, q, dim, 10, targets);
                    if (rep >= 0) {
                        t[rep] = System.nanoTime() - t0;
                    }
                }
                Stats s = new Stats(t);
                System.out.printf(
                        Locale.ROOT,
                        "RESULT flat threads=%d nq=%d median_ms=%.2f p90_ms=%.2f GBps=%.1f%n",
                        threads,
                        nq,
                        s.percentileMs(50),
                        s.percentileMs(90),
                        gb / (s.percentileMs(50) / 1e3));
            }
            pool.shutdown();
        }
    }

    private static void hnsw(int rows, int dim, Path dir, int m, int efc, String efs) throws Exception {
        approximate(
                "hnsw",
                rows,
                dim,
                dir,
                Map.of("index_type", "HNSW", "metric_type", "L2", "M", "" + m, "efConstruction", "" + efc),
                "ef",
                efs);
    }

    /** IVF_FLAT / IVF_SQ8 / IVF_PQ with {@code nlist} (and {@code m}, nbits 8, for PQ). */
    private static void ivf(int rows, int dim, Path dir, String type, int nlist, int m, String nprobes)
            throws Exception {
        Map<String, String> build =
                new java.util.HashMap<>(Map.of("index_type", type, "metric_type", "L2", "nlist", "" + nlist));
        if (type.equals("IVF_PQ")) {
            build.put("m", "" + m);
            build.put("nbits", "8");
        }
        approximate(type.toLowerCase(Locale.ROOT), rows, dim, dir, build, "nprobe", nprobes);
    }

    /**
     * Builds one index over a clustered set (100 Gaussian clusters; the last 1000 points are the
     * queries, written beside the base for the Python side), then measures recall@10 against the
     * exact answer and single-thread QPS for each value of {@code searchParam}.
     */
    private static void approximate(
            String label, int rows, int dim, Path dir, Map<String, String> build, String searchParam, String values)
            throws Exception {
        float[] mixed = VectorData.clustered(rows + 1000, dim, 100, 7);
        float[] data = java.util.Arrays.copyOf(mixed, rows * dim);
        float[] queries = java.util.Arrays.copyOfRange(mixed, rows * dim, (rows + 1000) * dim);
        mixed = null;
        VectorData.write(dir.resolve("hnsw-base.f32"), data);
        VectorData.write(dir.resolve("hnsw-queries.f32"), queries);
        int nq = 1000;
        int k = 10;
        IndexSpec spec = IndexSpec.parse(build);
        // HNSW builds on one thread and then on two (the graph must come out the same bit for bit);
        // the IVF builds are single-threaded. BENCH_BUILD_THREADS overrides the list (e.g. "2" for a
        // 1M build); BENCH_INDEX_CACHE=1 keeps the built index in <dir> and reads it back next time,
        // so search-only changes can be compared without rebuilding
        VectorIndex index = null;
        byte[] first = null;
        String threadList = System.getenv().getOrDefault("BENCH_BUILD_THREADS", label.equals("hnsw") ? "1,2" : "1");
        Path cached = dir.resolve(label + "-" + rows + "x" + dim + "-"
                + new java.util.TreeMap<>(spec.build()).toString().replaceAll("[^A-Za-z0-9=,]", "") + ".idx");
        boolean useCache = "1".equals(System.getenv("BENCH_INDEX_CACHE"));
        if (useCache && java.nio.file.Files.exists(cached)) {
            index = io.partita.server.search.IndexFile.read(cached, data, rows, dim);
            System.out.printf(Locale.ROOT, "RESULT %s-build cached=%s%n", label, cached.getFileName());
            threadList = "";
        }
        for (String t : threadList.isEmpty() ? new String[0] : threadList.split(",")) {
            int threads = Integer.parseInt(t.trim());
            ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            index = VectorIndexes.build(spec, data, rows, dim, n -> {}, pool, threads);
            double buildS = (System.nanoTime() - t0) / 1e9;
            double cpuS = (processCpuNanos() - c0) / 1e9;
            if (pool != null) {
                pool.shutdown();
            }
            if (label.equals("diskann")) {
                // searched as a load serves it: read back from its file (vectors and graph mapped)
                java.nio.file.Path file = dir.resolve("seg-0.idx-diskann");
                io.partita.server.search.IndexFile.write(file, index, dim);
                index = io.partita.server.search.IndexFile.read(file, data, rows, dim);
            }
            byte[] bytes = bytesOf(index);
            String same = first == null ? "" : " same_as_1_thread=" + java.util.Arrays.equals(first, bytes);
            first = first == null ? bytes : first;
            System.out.printf(
                    Locale.ROOT,
                    "RESULT %s-build rows=%d %s threads=%d seconds=%.1f cpu_seconds=%.1f index_bytes_per_vector=%.1f%s%n",
                    label,
                    rows,
                    spec.build(),
                    threads,
                    buildS,
                    cpuS,
                    index.ramBytesUsed() / (double) rows,
                    same);
        }
        if (useCache && !java.nio.file.Files.exists(cached) && !label.equals("diskann")) {
            io.partita.server.search.IndexFile.write(cached, index, dim);
        }
        FlatIndex exact = VectorIndexes.flat(spec, data, rows, dim);
        TopK[] truth = exact.search(queries, k, Map.of(), null);
        long[][] want = new long[nq][];
        for (int q = 0; q < nq; q++) {
            float[] ks = new float[truth[q].size()];
            want[q] = new long[ks.length];
            truth[q].drainSorted(ks, want[q]);
        }
        for (String e : values.split(",")) {
            Map<String, String> p = Map.of(searchParam, e.trim());
            for (int q = 0; q < 200; q++) { // warm-up
                index.search(slice(queries, q, dim), k, p, null);
            }
            // the timed loop only searches (as the Python side does); the answers are checked after
            TopK[][] answers = new TopK[nq][];
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long c1 = cpu.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            for (int q = 0; q < nq; q++) {
                answers[q] = index.search(slice(queries, q, dim), k, p, null);
            }
            double secs = (System.nanoTime() - t1) / 1e9;
            double cpuSecs = (cpu.getCurrentThreadCpuTime() - c1) / 1e9;
            int hit = 0;
            for (int q = 0; q < nq; q++) {
                TopK[] got = answers[q];
                float[] ks = new float[got[0].size()];
                long[] rs = new long[ks.length];
                got[0].drainSorted(ks, rs);
                Set<Long> w = new HashSet<>();
                for (long r : want[q]) {
                    w.add(r);
                }
                for (long r : rs) {
                    hit += w.contains(r) ? 1 : 0;
                }
            }
            // qps_cpu: queries per second of this thread's CPU time, which a loaded machine's
            // waiting for a core does not distort
            System.out.printf(
                    Locale.ROOT,
                    "RESULT %s-search %s=%s recall@10=%.4f qps_1thread=%.0f qps_cpu=%.0f%n",
                    label,
                    searchParam,
                    e.trim(),
                    hit / (double) (nq * k),
                    nq / secs,
                    nq / cpuSecs);
        }
    }

    /** CPU time of the whole process (every thread's, the JIT's and GC's included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static byte[] bytesOf(VectorIndex index) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        index.writeTo(new java.io.DataOutputStream(out));
        return out.toByteArray();
    }

    private static float[] slice(float[] queries, int q, int dim) {
        float[] out = new float[dim];
        System.arraycopy(queries, q * dim, out, 0, dim);
        return out;
    }
}
