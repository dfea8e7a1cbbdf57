package io.partita.bench;

import io.partita.server.engine.Engine;
import io.partita.server.engine.EngineConfig;
import io.partita.server.engine.core.LocalEngine;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.LoadState;
import io.partita.server.model.QueryNodeMetrics;
import io.partita.server.model.SearchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Load with mmap vs heap, interleaved over the same segment files: the time from LoadCollection to
 * Loaded and its speed against a plain read of the same files taken just before it (the {@link
 * SequentialRead#readAll} discard read), the memory charged, the bytes charged to disk, and the p50
 * of one FLAT top-10 search.
 * Usage: {@code MmapLoadBench [rows] [dataDir] [rounds]}; prints a Markdown table. A data dir from
 * an earlier run with the same row count is reused.
 */
public final class MmapLoadBench {
    private static final String C = "bench";
    private static final int DIM = 128;

    private MmapLoadBench() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("partita-mmap-bench");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        try (Engine e = open(dir, false)) {
            if (!e.hasCollection(C)) {
                LoadSearchBench.generate(e, rows); // the same collection "bench": id and 128-dim vec
                e.flush(List.of(C));
            }
        }
        List<Long> heapLoad = new ArrayList<>();
        List<Long> mmapLoad = new ArrayList<>();
        List<Double> heapRatio = new ArrayList<>();
        List<Double> mmapRatio = new ArrayList<>();
        List<Long> heapSearch = new ArrayList<>();
        List<Long> mmapSearch = new ArrayList<>();
        long[] heapCharge = new long[2];
        long[] mmapCharge = new long[2];
        for (int round = 0; round < rounds; round++) {
            for (boolean mmap : new boolean[] {false, true}) { // interleaved: heap, mmap, heap, mmap, ...
                try (Engine e = open(dir, mmap)) {
                    long r0 = System.nanoTime();
                    SequentialRead.readAll(SequentialRead.segmentFiles(dir)); // the plain read, same files
                    long readNanos = System.nanoTime() - r0;
                    long t0 = System.nanoTime();
                    e.loadCollection(C, 1);
                    while (e.loadState(C, List.of()) != LoadState.LOADED) {
                        Thread.sleep(1);
                    }
                    long loadNanos = System.nanoTime() - t0;
                    (mmap ? mmapLoad : heapLoad).add(loadNanos);
                    (mmap ? mmapRatio : heapRatio).add((double) readNanos / loadNanos);
                    QueryNodeMetrics n = e.queryNodes().get(0);
                    long[] charge = mmap ? mmapCharge : heapCharge;
                    charge[0] = n.usedBytes();
                    charge[1] = n.mmapBytes();
                    (mmap ? mmapSearch : heapSearch).add(searchP50(e));
                    e.releaseCollection(C);
                }
            }
        }
        StringBuilder out = new StringBuilder("| measure | heap | mmap |\n|---|---|---|\n");
        out.append("| data | ")
                .append(rows)
                .append(" × ")
                .append(DIM)
                .append("-dim float vectors, 1 sealed segment | same files |\n");
        out.append("| load (LoadCollection → Loaded), median of ")
                .append(rounds)
                .append(" | ")
                .append(ms(median(heapLoad)))
                .append(" | ")
                .append(ms(median(mmapLoad)))
                .append(" |\n");
        out.append("| load speed ÷ plain read speed (same files, read just before), median; rounds | ")
                .append(ratios(heapRatio))
                .append(" | ")
                .append(ratios(mmapRatio))
                .append(" |\n");
        out.append("| memory charged | ")
                .append(heapCharge[0])
                .append(" B | ")
                .append(mmapCharge[0])
                .append(" B |\n");
        out.append("| charged to disk (mapped) | ")
                .append(heapCharge[1])
                .append(" B | ")
                .append(mmapCharge[1])
                .append(" B |\n");
        out.append("| FLAT search, top 10, 1 query, p50 (median over rounds) | ")
                .append(ms(median(heapSearch)))
                .append(" | ")
                .append(ms(median(mmapSearch)))
                .append(" |\n");
        System.out.print(out);
    }

    private static Engine open(Path dir, boolean mmap) {
        return LocalEngine.open(EngineConfig.builder(dir)
                .memoryLimitBytes(Runtime.getRuntime().maxMemory() * 9 / 10)
                .mmap(mmap)
                .build());
    }

    private static long searchP50(Engine e) {
        Random rnd = new Random(2);
        long[] lat = new long[11];
        for (int i = -2; i < lat.length; i++) {
            float[] q = new float[DIM];
            for (int d = 0; d < DIM; d++) {
                q[d] = rnd.nextFloat();
            }
            long s = System.nanoTime();
            e.search(new SearchRequest(
                    C,
                    List.of(),
                    "vec",
                    FieldColumn.floatVectors("vec", DIM, q),
                    10,
                    "L2",
                    Map.of(),
                    "",
                    List.of(),
                    -1));
            if (i >= 0) {
                lat[i] = System.nanoTime() - s;
            }
        }
        Arrays.sort(lat);
        return lat[lat.length / 2];
    }

    private static long median(List<Long> v) {
        List<Long> s = new ArrayList<>(v);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    private static String ratios(List<Double> r) {
        List<Double> sorted = new ArrayList<>(r);
        sorted.sort(null);
        StringBuilder b = new StringBuilder(String.format("%.2f;", sorted.get(sorted.size() / 2)));
        r.forEach(x -> b.append(String.format(" %.2f", x)));
        return b.toString();
    }

    private static String ms(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }
}
