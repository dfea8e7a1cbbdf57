package io.partita.bench;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The V2 API's round trips, against one in-process reference server (profile milvus-2.6), in one
 * JVM: Partita's {@code MilvusClientV2} over gRPC against the official milvus-sdk-java 2.6.22
 * {@code MilvusClientV2} (ratio Partita / official), then Partita's {@code MilvusClientV2} over
 * RESTful v2 ({@code http://…/v2/vectordb}) against the same client over gRPC (ratio REST v2 /
 * gRPC). Same calls, warm-up and interleaving as {@link ClientRoundTripBenchmark}.
 *
 * <p>Run: {@code mvn -B -q -pl bench-clients -am install -DskipTests && mvn -B -q -pl bench-clients
 * exec:exec -Dbench.main=io.partita.bench.V2RoundTripBenchmark}.
 */
public final class V2RoundTripBenchmark {
    private V2RoundTripBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.parse(args);
        Path dataDir = Files.createTempDirectory("partita-bench-v2-");
        try (ReferenceServer server = ReferenceServer.builder()
                        .dataDir(dataDir)
                        .grpcPort(0)
                        .httpPort(0)
                        .profile(Profile.MILVUS_2_6)
                        .start();
                PartitaClient setup = new PartitaClient("127.0.0.1", server.grpcPort(), config)) {
            long setupStart = System.nanoTime();
            BenchData.create(setup.raw(), config);
            System.out.printf(
                    Locale.ROOT, "# setup: %s loaded in %.1f s%n", config, (System.nanoTime() - setupStart) / 1e9);
            Random random = new Random(config.seed + 1);
            List<List<Float>> queries = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                queries.add(BenchData.randomVector(random, config.dim));
            }
            String grpc = "grpc://127.0.0.1:" + server.grpcPort();
            String http = "http://127.0.0.1:" + server.httpPort();
            try (PartitaV2Client partita = new PartitaV2Client("partita-v2-grpc", grpc, config);
                    OfficialV2Client official = new OfficialV2Client("official-2.6.22-v2-grpc", grpc, config)) {
                ClientRoundTripBenchmark.compare(config, queries, partita, official, "Partita V2 / official V2")
                        .forEach(System.out::println);
            }
            try (PartitaV2Client rest = new PartitaV2Client("partita-v2-restful-v2", http + "/v2/vectordb", config);
                    PartitaV2Client grpcClient = new PartitaV2Client("partita-v2-grpc", grpc, config)) {
                ClientRoundTripBenchmark.compare(config, queries, rest, grpcClient, "REST v2 / gRPC")
                        .forEach(System.out::println);
            }
        } finally {
            ClientRoundTripBenchmark.deleteQuietly(dataDir);
        }
    }
}
