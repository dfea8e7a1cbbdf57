package io.partita.bench;

import io.partita.server.engine.Engine;
import io.partita.server.engine.EngineConfig;
import io.partita.server.engine.core.LocalEngine;
import io.partita.server.model.Compaction;
import io.partita.server.model.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compaction of a loaded partition with 30 % of its rows deleted: rows × 128-dim float vectors in
 * one sealed segment, every row whose {@code id % 10 < 3} deleted, then ManualCompaction. Prints
 * the compaction's time, the bytes of segment files before and after, the memory charged before and
 * after and the bytes the compaction reports freed. Usage: {@code CompactionBench [rows] [dataDir]};
 * the data dir is created afresh (a compaction changes it).
 */
public final class CompactionBench {
    private static final String C = "bench";

    private CompactionBench() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("partita-compaction-bench");
        if (Files.exists(dir.resolve("catalog.mv"))) {
            throw new IllegalArgumentException(dir + " holds an earlier run: give an empty or new directory");
        }
        try (Engine e = LocalEngine.open(EngineConfig.builder(dir)
                .memoryLimitBytes(Runtime.getRuntime().maxMemory() * 9 / 10)
                .autoCompaction(false) // the flush must not compact before the measured call
                .build())) {
            LoadSearchBench.generate(e, rows); // collection "bench": id and 128-dim vec
            e.flush(List.of(C));
            long deleted = e.delete(C, "", "id % 10 < 3").count();
            e.flush(List.of(C));
            e.loadCollection(C, 1);
            while (e.loadState(C, List.of()) != LoadState.LOADED) {
                Thread.sleep(1);
            }
            long filesBefore = segmentBytes(dir);
            long usedBefore = e.queryNodes().get(0).usedBytes();
            long t0 = System.nanoTime();
            Compaction c = e.compact(C, 0);
            long nanos = System.nanoTime() - t0;
            long usedAfter = e.queryNodes().get(0).usedBytes();
            long filesAfter = segmentBytes(dir);
            Compaction.Plan plan = c.plans().get(0);
            StringBuilder out = new StringBuilder("| measure | value |\n|---|---|\n");
            row(out, "data", rows + " × 128-dim float vectors, 1 sealed segment, loaded on the heap");
            row(out, "rows deleted (id % 10 < 3)", deleted + " (" + plan.removedRows() + " removed from the files)");
            row(out, "ManualCompaction (read, rewrite, fsync, swap)", String.format("%.1f ms", nanos / 1e6));
            row(out, "segment files before → after", filesBefore + " B → " + filesAfter + " B");
            row(out, "memory charged before → after", usedBefore + " B → " + usedAfter + " B");
            row(out, "freed (reported by the plan)", plan.freedBytes() + " B");
            row(out, "charge drop = freed", Boolean.toString(usedBefore - usedAfter == plan.freedBytes()));
            System.out.print(out);
        }
    }

    private static void row(StringBuilder out, String measure, String value) {
        out.append("| ").append(measure).append(" | ").append(value).append(" |\n");
    }

    private static long segmentBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".seg"))
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
