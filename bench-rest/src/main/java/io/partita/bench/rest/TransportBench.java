package io.partita.bench.rest;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.param.IndexType;
import io.partita.param.MetricType;
import io.partita.param.R;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.FlushParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.index.CreateIndexParam;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.HasPartitionParam;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.param.partition.ReleasePartitionsParam;
import io.partita.server.ReferenceServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times the same calls through the REST transport (HTTP/JSON, port {@code httpPort}) and the gRPC
 * transport against one in-process reference server, in one run: HasPartition, ReleasePartitions
 * of a partition that is not loaded, and a search (nq = 1, topK = 10) over 100,000 loaded 128-d
 * vectors (partition {@code _default} loaded). Prints median and p99 latency per call and the REST/gRPC ratio of the medians.
 *
 * <p>Arguments (all optional): {@code rows} (100000), {@code smallCalls} (3000), {@code searches} (300).
 */
public final class TransportBench {
    private static final int DIM = 128;

    private TransportBench() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int small = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        int searches = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Path dir = Files.createTempDirectory("partita-bench-rest");
        try (ReferenceServer server = ReferenceServer.builder()
                .dataDir(dir)
                .grpcPort(0)
                .httpPort(0)
                .memoryLimitBytes(2L << 30)
                .start()) {
            MilvusClient grpc = new MilvusServiceClient(ConnectParam.newBuilder()
                    .withUri("grpc://127.0.0.1:" + server.grpcPort())
                    .build());
            MilvusClient rest = new MilvusServiceClient(ConnectParam.newBuilder()
                    .withUri("http://127.0.0.1:" + server.httpPort())
                    .build());
            prepare(grpc, rows);
            List<Float> query = randomVectors(new Random(7), 1).get(0);
            System.out.printf(
                    "rows=%d dim=%d smallCalls=%d searches=%d java=%s%n",
                    rows, DIM, small, searches, System.getProperty("java.version"));
            System.out.println(
                    "| call | gRPC median µs | gRPC p99 µs | REST median µs | REST p99 µs | REST/gRPC (median) |");
            System.out.println("|---|---|---|---|---|---|");
            compare(
                    "HasPartition",
                    small,
                    grpc,
                    rest,
                    c -> ok(c.hasPartition(HasPartitionParam.newBuilder()
                            .withCollectionName("bench")
                            .withPartitionName("cold")
                            .build())));
            compare(
                    "ReleasePartitions (not loaded)",
                    small,
                    grpc,
                    rest,
                    c -> ok(c.releasePartitions(ReleasePartitionsParam.newBuilder()
                            .withCollectionName("bench")
                            .withPartitionNames(List.of("cold"))
                            .build())));
            compare(
                    "Search nq=1 topK=10",
                    searches,
                    grpc,
                    rest,
                    c -> ok(c.search(SearchParam.newBuilder()
                            .withCollectionName("bench")
                            .withMetricType(MetricType.L2)
                            .withVectorFieldName("vec")
                            .withTopK(10)
                            .withVectors(List.of(query))
                            .withParams("{}")
                            .build())));
            grpc.close();
            rest.close();
        }
    }

    private interface Call {
        void run(MilvusClient client);
    }

    private static void compare(String name, int n, MilvusClient grpc, MilvusClient rest, Call call) {
        // warm both paths (JIT, connection pools), then alternate the transports call by call so
        // that load from elsewhere on the machine falls on both alike
        time(grpc, call, Math.max(50, n / 5));
        time(rest, call, Math.max(50, n / 5));
        long[] g = new long[n];
        long[] r = new long[n];
        for (int i = 0; i < n; i++) {
            g[i] = time(grpc, call, 1)[0];
            r[i] = time(rest, call, 1)[0];
        }
        double gm = percentile(g, 0.5);
        double rm = percentile(r, 0.5);
        System.out.printf(
                "| %s | %.0f | %.0f | %.0f | %.0f | %.2f |%n",
                name, gm, percentile(g, 0.99), rm, percentile(r, 0.99), rm / gm);
    }

    private static long[] time(MilvusClient client, Call call, int n) {
        long[] micros = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            call.run(client);
            micros[i] = (System.nanoTime() - t) / 1_000;
        }
        return micros;
    }

    private static double percentile(long[] values, double p) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(p * s.length))];
    }

    private static void ok(R<?> r) {
        if (r.getStatus() != 0) {
            throw new IllegalStateException("call failed: " + r.getMessage());
        }
    }

    private static void prepare(MilvusClient c, int rows) {
        ok(c.createCollection(CreateCollectionParam.newBuilder()
                .withCollectionName("bench")
                .addFieldType(FieldType.newBuilder()
                        .withName("id")
                        .withDataType(io.partita.model.DataType.Int64)
                        .withPrimaryKey(true)
                        .build())
                .addFieldType(FieldType.newBuilder()
                        .withName("vec")
                        .withDataType(io.partita.model.DataType.FloatVector)
                        .withDimension(DIM)
                        .build())
                .build()));
        ok(c.createPartition(CreatePartitionParam.newBuilder()
                .withCollectionName("bench")
                .withPartitionName("cold")
                .build()));
        Random random = new Random(42);
        int batch = 10_000;
        for (int from = 0; from < rows; from += batch) {
            int n = Math.min(batch, rows - from);
            List<Long> ids = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ids.add((long) (from + i));
            }
            ok(c.insert(InsertParam.newBuilder()
                    .withCollectionName("bench")
                    .withFields(List.of(
                            new InsertParam.Field("id", ids), new InsertParam.Field("vec", randomVectors(random, n))))
                    .build()));
        }
        ok(c.flush(FlushParam.newBuilder().addCollectionName("bench").build()));
        ok(c.createIndex(CreateIndexParam.newBuilder()
                .withCollectionName("bench")
                .withFieldName("vec")
                .withIndexType(IndexType.FLAT)
                .withMetricType(MetricType.L2)
                .withExtraParam("{}")
                .build()));
        // load _default only: "cold" stays released, so releasing it is the no-op the benchmark times
        ok(c.loadPartitions(LoadPartitionsParam.newBuilder()
                .withCollectionName("bench")
                .withPartitionNames(List.of("_default"))
                .withSyncLoad(true)
                .build()));
    }

    private static List<List<Float>> randomVectors(Random random, int n) {
        List<List<Float>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Float> v = new ArrayList<>(DIM);
            for (int d = 0; d < DIM; d++) {
                v.add(random.nextFloat());
            }
            out.add(v);
        }
        return out;
    }
}
