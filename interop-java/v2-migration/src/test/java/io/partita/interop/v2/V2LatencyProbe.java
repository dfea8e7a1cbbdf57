package io.partita.interop.v2;

import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.function.*;
import java.util.regex.*;

/**
 * Not a test: a short latency probe. p50/p90 of two small V2 calls (hasCollection, listPartitions)
 * through the official MilvusClientV2 (gRPC) and Partita's over gRPC and over REST, against one forked
 * standalone server; 500 warm-up and 2000 measured calls each, two rounds. Run:
 *
 * <pre>
 * mvn -pl interop-java/v2-migration -am package -DskipTests
 * mvn -pl interop-java/v2-migration dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp interop-java/v2-migration/target/test-classes:$(cat cp.txt) io.partita.interop.v2.V2LatencyProbe \
 *     reference-server/target/reference-server.jar
 * </pre>
 */
public final class V2LatencyProbe {
    private V2LatencyProbe() {}

    static long[] time(int warm, int n, Runnable call) {
        for (int i = 0; i < warm; i++) call.run();
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            call.run();
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        return t;
    }

    static String p(long[] t) {
        return String.format("p50=%.0fus p90=%.0fus", t[t.length / 2] / 1e3, t[t.length * 9 / 10] / 1e3);
    }

    public static void main(String[] a) throws Exception {
        Path data = Files.createTempDirectory("v2bench");
        Process p = new ProcessBuilder(
                        "java",
                        "-Xmx512m",
                        "-jar",
                        a[0],
                        "--grpc-port",
                        "0",
                        "--http-port",
                        "0",
                        "--data-dir",
                        data.toString(),
                        "--profile",
                        "milvus-2.3")
                .redirectErrorStream(true)
                .start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));
        Matcher m = null;
        String line;
        while ((line = r.readLine()) != null) {
            m = Pattern.compile("grpc=([^\\s:]+):(\\d+) http=[^\\s:]+:(\\d+)").matcher(line);
            if (m.find()) break;
        }
        String host = m.group(1);
        int grpc = Integer.parseInt(m.group(2));
        int http = Integer.parseInt(m.group(3));
        new Thread(() -> {
                    try {
                        while (r.readLine() != null) {}
                    } catch (IOException e) {
                    }
                })
                .start();
        int warm = 500, n = 2000;
        try {
            io.milvus.v2.client.MilvusClientV2 off =
                    new io.milvus.v2.client.MilvusClientV2(io.milvus.v2.client.ConnectConfig.builder()
                            .uri("http://" + host + ":" + grpc)
                            .build());
            off.createCollection(io.milvus.v2.service.collection.request.CreateCollectionReq.builder()
                    .collectionName("bench")
                    .dimension(4)
                    .build());
            io.partita.v2.client.MilvusClientV2 pg =
                    new io.partita.v2.client.MilvusClientV2(io.partita.v2.client.ConnectConfig.builder()
                            .uri("grpc://" + host + ":" + grpc)
                            .build());
            io.partita.v2.client.MilvusClientV2 pr =
                    new io.partita.v2.client.MilvusClientV2(io.partita.v2.client.ConnectConfig.builder()
                            .uri("http://" + host + ":" + http)
                            .build());
            for (int round = 0; round < 2; round++) {
                long[] o1 = time(
                        warm,
                        n,
                        () -> off.hasCollection(io.milvus.v2.service.collection.request.HasCollectionReq.builder()
                                .collectionName("bench")
                                .build()));
                long[] g1 = time(
                        warm,
                        n,
                        () -> pg.hasCollection(io.partita.v2.service.collection.request.HasCollectionReq.builder()
                                .collectionName("bench")
                                .build()));
                long[] r1 = time(
                        warm,
                        n,
                        () -> pr.hasCollection(io.partita.v2.service.collection.request.HasCollectionReq.builder()
                                .collectionName("bench")
                                .build()));
                long[] o2 = time(
                        warm,
                        n,
                        () -> off.listPartitions(io.milvus.v2.service.partition.request.ListPartitionsReq.builder()
                                .collectionName("bench")
                                .build()));
                long[] g2 = time(
                        warm,
                        n,
                        () -> pg.listPartitions(io.partita.v2.service.partition.request.ListPartitionsReq.builder()
                                .collectionName("bench")
                                .build()));
                long[] r2 = time(
                        warm,
                        n,
                        () -> pr.listPartitions(io.partita.v2.service.partition.request.ListPartitionsReq.builder()
                                .collectionName("bench")
                                .build()));
                System.out.println("round " + round);
                System.out.println("  hasCollection   official-grpc " + p(o1) + " | partita-grpc " + p(g1)
                        + " | partita-rest " + p(r1));
                System.out.println("  listPartitions  official-grpc " + p(o2) + " | partita-grpc " + p(g2)
                        + " | partita-rest " + p(r2));
                System.out.printf(
                        "  p50 ratios: partita-grpc/official has=%.2f list=%.2f; rest/grpc has=%.2f list=%.2f%n",
                        (double) g1[n / 2] / o1[n / 2],
                        (double) g2[n / 2] / o2[n / 2],
                        (double) r1[n / 2] / g1[n / 2],
                        (double) r2[n / 2] / g2[n / 2]);
            }
            off.close();
            pg.close();
            pr.close();
        } finally {
            p.destroy();
        }
        System.exit(0);
    }
}
