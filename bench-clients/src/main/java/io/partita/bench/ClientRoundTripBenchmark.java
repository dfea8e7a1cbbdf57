package io.partita.bench;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Round trips of Partita's gRPC client and of the official milvus-sdk-java 2.6.22 V1 client
 * against one in-process reference server (profile milvus-2.1), in one JVM: HasPartition,
 * ReleasePartitions of a partition that is not loaded, and a search (nq=1, topK=10) over
 * 100,000 × 128 loaded rows. Each operation is warmed up, then measured call by call with the two
 * clients interleaved (alternating which goes first), and reported as p50 / p99 / mean in
 * microseconds with the ratio Partita / official (below 1.0 means Partita is faster).
 *
 * <p>Run: {@code mvn -B -q -pl bench-clients -am install -DskipTests && mvn -B -q -pl bench-clients exec:exec}
 * (add {@code -Dbench.args="--calls 500"} to change settings, see {@link BenchConfig}).
 */
public final class ClientRoundTripBenchmark {
    private ClientRoundTripBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.parse(args);
        Path dataDir = Files.createTempDirectory("partita-bench-");
        try (ReferenceServer server = ReferenceServer.builder()
                        .dataDir(dataDir)
                        .grpcPort(0)
                        .httpPort(0)
                        .profile(Profile.MILVUS_2_1)
                        .start();
                PartitaClient partita = new PartitaClient("127.0.0.1", server.grpcPort(), config);
                OfficialV1Client official = new OfficialV1Client("127.0.0.1", server.grpcPort(), config)) {
            long setupStart = System.nanoTime();
            BenchData.create(partita.raw(), config);
            System.out.printf(
                    Locale.ROOT, "# setup: %s loaded in %.1f s%n", config, (System.nanoTime() - setupStart) / 1e9);

            Random random = new Random(config.seed + 1);
            List<List<Float>> queries = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                queries.add(BenchData.randomVector(random, config.dim));
            }
            compare(config, queries, partita, official, "Partita / official").forEach(System.out::println);
        } finally {
            deleteQuietly(dataDir);
        }
    }

    /**
     * Measures the three calls of {@code a} and {@code b}, interleaved, and returns the report's
     * Markdown rows: one table of latencies and one of the ratios {@code a / b}.
     */
    static List<String> compare(
            BenchConfig config, List<List<Float>> queries, ClientUnderTest a, ClientUnderTest b, String ratioLabel) {
        List<String> rows = new ArrayList<>();
        rows.add(String.format(
                Locale.ROOT,
                "# %s, %s %s, %d cores",
                config,
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors()));
        rows.add("| operation | client | calls | p50 µs | p99 µs | mean µs |");
        rows.add("|---|---|---:|---:|---:|---:|");
        List<String> ratios = new ArrayList<>();
        measure(
                "HasPartition",
                config.warmupCalls,
                config.calls,
                a,
                b,
                (c, i) -> {
                    if (!c.hasPartition()) {
                        throw new IllegalStateException(c.name() + ": HasPartition(hot) answered false");
                    }
                },
                rows,
                ratios);
        measure(
                "ReleasePartitions (not loaded)",
                config.warmupCalls,
                config.calls,
                a,
                b,
                (c, i) -> c.releaseColdPartition(),
                rows,
                ratios);
        measure(
                "Search nq=1 topK=" + config.topK,
                Math.min(config.warmupCalls, 200),
                config.searchCalls,
                a,
                b,
                (c, i) -> {
                    int hits = c.search(queries.get(i % queries.size()));
                    if (hits != config.topK) {
                        throw new IllegalStateException(
                                c.name() + ": search returned " + hits + " hits, expected " + config.topK);
                    }
                },
                rows,
                ratios);
        rows.add("");
        rows.add("| operation | " + ratioLabel + " p50 | p99 | mean |");
        rows.add("|---|---:|---:|---:|");
        rows.addAll(ratios);
        return rows;
    }

    /** One timed call of one client; {@code i} is the call's index. */
    interface Call {
        void run(ClientUnderTest client, int i);
    }

    private static void measure(
            String op,
            int warmup,
            int calls,
            ClientUnderTest a,
            ClientUnderTest b,
            Call call,
            List<String> rows,
            List<String> ratios) {
        for (int i = 0; i < warmup; i++) {
            call.run(a, i);
            call.run(b, i);
        }
        long[] ta = new long[calls];
        long[] tb = new long[calls];
        for (int i = 0; i < calls; i++) {
            // Alternate who goes first, so neither client always runs on a cache warmed by the other.
            if ((i & 1) == 0) {
                ta[i] = time(a, i, call);
                tb[i] = time(b, i, call);
            } else {
                tb[i] = time(b, i, call);
                ta[i] = time(a, i, call);
            }
        }
        LatencyStats sa = LatencyStats.of(ta);
        LatencyStats sb = LatencyStats.of(tb);
        rows.add(row(op, a.name(), sa));
        rows.add(row(op, b.name(), sb));
        ratios.add(String.format(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %.2f |",
                op,
                sa.p50Micros / sb.p50Micros,
                sa.p99Micros / sb.p99Micros,
                sa.meanMicros / sb.meanMicros));
    }

    private static long time(ClientUnderTest client, int i, Call call) {
        long t0 = System.nanoTime();
        call.run(client, i);
        return System.nanoTime() - t0;
    }

    private static String row(String op, String client, LatencyStats s) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %d | %.0f | %.0f | %.0f |",
                op,
                client,
                s.count,
                s.p50Micros,
                s.p99Micros,
                s.meanMicros);
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(deleting());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }

    private static Consumer<Path> deleting() {
        return p -> {
            try {
                Files.delete(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
