package io.partita.bench;

import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.param.collection.ShowCollectionsParam;
import io.partita.server.ReferenceServer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How fast the first embedded server comes up in a fresh JVM, and how long the first client call
 * then takes. The parent starts {@code runs} child JVMs with this class's classpath; each child
 * times, once, {@code ReferenceServer.builder()...start()} (gRPC on an ephemeral port, HTTP off,
 * a fresh data directory) and then the first {@code showCollections} of a new Partita client, and
 * prints one line; the parent prints each run and the median.
 *
 * <pre>
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.partita.bench.StartupBench [runs] [jvm options...]
 * </pre>
 */
public final class StartupBench {
    private StartupBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--once")) {
            once();
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> jvmOptions = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<double[]> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            List<String> cmd = new ArrayList<>(List.of(java));
            cmd.addAll(jvmOptions);
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), StartupBench.class.getName(), "--once"));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("run " + i + " failed:\n" + out);
            }
            String line = out.lines()
                    .filter(l -> l.startsWith("startup "))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no result line in:\n" + out));
            System.out.println("run " + (i + 1) + ": " + line);
            String[] f = line.split(" ");
            results.add(new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[4]), Double.parseDouble(f[6])});
        }
        System.out.printf(
                Locale.ROOT,
                "median of %d fresh JVMs: jvm_to_main %.0f ms, server_start %.0f ms, first_call %.0f ms%n",
                runs,
                median(results, 0),
                median(results, 1),
                median(results, 2));
    }

    private static void once() throws Exception {
        long mainNanos = System.nanoTime();
        long jvmToMainMs = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        Path dir = Files.createTempDirectory("partita-startup");
        long t0 = System.nanoTime();
        try (ReferenceServer server =
                ReferenceServer.builder().dataDir(dir).grpcPort(0).start()) {
            long t1 = System.nanoTime();
            MilvusServiceClient client = new MilvusServiceClient(ConnectParam.newBuilder()
                    .withUri(server.grpcUri().toString())
                    .build());
            long tClient = System.nanoTime();
            client.showCollections(ShowCollectionsParam.newBuilder().build()).orThrow();
            long t2 = System.nanoTime();
            client.close();
            System.out.printf(
                    Locale.ROOT,
                    "startup jvm_to_main_ms %d server_start_ms %.1f first_call_ms %.1f (main_to_ready_ms %.1f,"
                            + " client_built_ms %.1f)%n",
                    jvmToMainMs,
                    (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6,
                    (t1 - mainNanos) / 1e6,
                    (tClient - t1) / 1e6);
        }
    }

    private static double median(List<double[]> rows, int column) {
        double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
