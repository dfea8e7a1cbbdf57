package io.partita.grpc;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.partita.model.DataType;
import io.partita.param.ConnectParam;
import io.partita.param.MetricType;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.GetLoadingProgressParam;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.HasPartitionParam;
import io.partita.param.partition.ReleasePartitionsParam;
import io.partita.server.ReferenceServer;
import io.partita.transport.CallOptions;
import io.partita.transport.Operations;
import io.partita.wire.DslType;
import io.partita.wire.HasPartitionRequest;
import io.partita.wire.KeyValuePair;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.PlaceholderGroup;
import io.partita.wire.PlaceholderType;
import io.partita.wire.PlaceholderValue;
import io.partita.wire.ReleasePartitionsRequest;
import io.partita.wire.SearchRequest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Not a test: measures the median round trip of HasPartition and ReleasePartitions (of a partition
 * that is not loaded) through {@link GrpcTransport} and through a bare generated blocking stub on
 * the same in-process reference server, alternating the two so machine noise hits both alike.
 * Then the same for a search (nq=1, topK=10) over 20,000 loaded vectors of dim 128.
 * It isolates the transport's own overhead (codec, headers, error mapping) from the server's.
 *
 * <pre>mvn -B -q -DskipTests install &amp;&amp; java -cp examples/target/quickstart.jar \
 *     sdk-grpc/src/test/java/io/partita/grpc/StubOverheadProbe.java</pre>
 */
public final class StubOverheadProbe {
    private static final int DIM = 128;
    private static final int ROWS = 20_000;

    interface Call {
        void run() throws Exception;
    }

    /** Alternates the two calls so machine noise hits both alike; returns the two medians in microseconds. */
    static double[] medians(Call a, Call b, int n) throws Exception {
        for (int i = 0; i < 3000; i++) {
            a.run();
            b.run();
        }
        long[] ta = new long[n], tb = new long[n];
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            a.run();
            ta[i] = System.nanoTime() - s;
            s = System.nanoTime();
            b.run();
            tb[i] = System.nanoTime() - s;
        }
        Arrays.sort(ta);
        Arrays.sort(tb);
        return new double[] {ta[n / 2] / 1000.0, tb[n / 2] / 1000.0};
    }

    private StubOverheadProbe() {}

    private static KeyValuePair kv(String k, String v) {
        return KeyValuePair.newBuilder().setKey(k).setValue(v).build();
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

    private static void loadVectors(GrpcTransport t) throws Exception {
        Random random = new Random(42);
        for (int from = 0; from < ROWS; from += 5_000) {
            List<Long> ids = new ArrayList<>();
            for (long i = from; i < from + 5_000; i++) {
                ids.add(i);
            }
            t.call(
                    Operations.INSERT,
                    InsertParam.newBuilder()
                            .withCollectionName("book")
                            .withFields(List.of(
                                    new InsertParam.Field("id", DataType.Int64, ids),
                                    new InsertParam.Field("v", DataType.FloatVector, randomVectors(random, 5_000))))
                            .build(),
                    CallOptions.none());
        }
        t.call(
                Operations.LOAD_COLLECTION,
                LoadCollectionParam.newBuilder().withCollectionName("book").build(),
                CallOptions.none());
        while (t.call(
                                Operations.GET_LOADING_PROGRESS,
                                GetLoadingProgressParam.newBuilder()
                                        .withCollectionName("book")
                                        .build(),
                                CallOptions.none())
                        .getProgress()
                < 100) {
            Thread.sleep(50);
        }
    }

    public static void main(String[] a) throws Exception {
        try (ReferenceServer server = ReferenceServer.builder()
                .dataDir(Files.createTempDirectory("partita-probe"))
                .grpcPort(0)
                .start()) {
            ConnectParam p = ConnectParam.newBuilder()
                    .withUri("grpc://127.0.0.1:" + server.grpcPort())
                    .build();
            try (GrpcTransport t = GrpcTransport.create(p)) {
                t.call(
                        Operations.CREATE_COLLECTION,
                        CreateCollectionParam.newBuilder()
                                .withCollectionName("book")
                                .addFieldType(FieldType.newBuilder()
                                        .withName("id")
                                        .withDataType(DataType.Int64)
                                        .withPrimaryKey(true)
                                        .build())
                                .addFieldType(FieldType.newBuilder()
                                        .withName("v")
                                        .withDataType(DataType.FloatVector)
                                        .withDimension(DIM)
                                        .build())
                                .build(),
                        CallOptions.none());
                t.call(
                        Operations.CREATE_PARTITION,
                        CreatePartitionParam.newBuilder()
                                .withCollectionName("book")
                                .withPartitionName("novel")
                                .build(),
                        CallOptions.none());
                HasPartitionParam has = HasPartitionParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionName("novel")
                        .build();
                ReleasePartitionsParam rel = ReleasePartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionNames(List.of("novel"))
                        .build();
                ManagedChannel ch = NettyChannelBuilder.forAddress("127.0.0.1", server.grpcPort())
                        .usePlaintext()
                        .build();
                var stub = MilvusServiceGrpc.newBlockingStub(ch);
                HasPartitionRequest hasReq = HasPartitionRequest.newBuilder()
                        .setCollectionName("book")
                        .setPartitionName("novel")
                        .build();
                ReleasePartitionsRequest relReq = ReleasePartitionsRequest.newBuilder()
                        .setCollectionName("book")
                        .addPartitionNames("novel")
                        .build();
                int n = 5000;
                for (int round = 0; round < 3; round++) {
                    double[] h = medians(
                            () -> t.call(Operations.HAS_PARTITION, has, CallOptions.none()),
                            () -> stub.hasPartition(hasReq),
                            n);
                    double[] r = medians(
                            () -> t.call(Operations.RELEASE_PARTITIONS, rel, CallOptions.none()),
                            () -> stub.releasePartitions(relReq),
                            n);
                    double th = h[0], rh = h[1], tr = r[0], rr = r[1];
                    System.out.printf(
                            "round %d: HasPartition GrpcTransport %.1f us, raw stub %.1f us (ratio %.2f); ReleasePartitions GrpcTransport %.1f us, raw stub %.1f us (ratio %.2f)%n",
                            round, th, rh, th / rh, tr, rr, tr / rr);
                }
                loadVectors(t);
                List<Float> query = randomVectors(new Random(7), 1).get(0);
                SearchParam search = SearchParam.newBuilder()
                        .withCollectionName("book")
                        .withVectorFieldName("v")
                        .withMetricType(MetricType.L2)
                        .withTopK(10)
                        .withVectors(List.of(query))
                        .build();
                ByteBuffer le = ByteBuffer.allocate(DIM * 4).order(ByteOrder.LITTLE_ENDIAN);
                query.forEach(le::putFloat);
                SearchRequest raw = SearchRequest.newBuilder()
                        .setCollectionName("book")
                        .setDslType(DslType.BoolExprV1)
                        .setPlaceholderGroup(PlaceholderGroup.newBuilder()
                                .addPlaceholders(PlaceholderValue.newBuilder()
                                        .setTag("$0")
                                        .setType(PlaceholderType.FloatVector)
                                        .addValues(ByteString.copyFrom(le.array())))
                                .build()
                                .toByteString())
                        .addSearchParams(kv("anns_field", "v"))
                        .addSearchParams(kv("topk", "10"))
                        .addSearchParams(kv("metric_type", "L2"))
                        .addSearchParams(kv("params", "{}"))
                        .setNq(1)
                        .build();
                for (int round = 0; round < 3; round++) {
                    double[] m = medians(
                            () -> t.call(Operations.SEARCH, search, CallOptions.none()), () -> stub.search(raw), 500);
                    System.out.printf(
                            "round %d: Search nq=1 topK=10 over %,d x %d: GrpcTransport %.1f us, raw stub %.1f us (ratio %.2f)%n",
                            round, ROWS, DIM, m[0], m[1], m[0] / m[1]);
                }
                ch.shutdownNow();
            }
        }
    }
}
