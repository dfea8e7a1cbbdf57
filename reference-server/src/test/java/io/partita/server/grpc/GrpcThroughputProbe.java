package io.partita.server.grpc;

import io.partita.server.ReferenceServer;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.FieldData;
import io.partita.wire.FloatArray;
import io.partita.wire.InsertRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.MutationResult;
import io.partita.wire.SearchResults;
import io.partita.wire.VectorField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Not a test: a rough probe of what the gRPC face costs, for the report. Inserts N random
 * 128-dim vectors through gRPC in batches, loads, and times single-vector topK-10 searches.
 * Run after {@code mvn -pl reference-server test-compile}:
 * {@code java -cp target/test-classes:target/classes:<deps> io.partita.server.grpc.GrpcThroughputProbe [rows]}.
 */
public final class GrpcThroughputProbe {
    private GrpcThroughputProbe() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int dim = 128;
        int batch = 10_000;
        Path dir = Files.createTempDirectory("partita-probe");
        try (LiveServer s =
                new LiveServer(ReferenceServer.builder().dataDir(dir).memoryLimitBytes(1L << 30))) {
            s.stub()
                    .createCollection(CreateCollectionRequest.newBuilder()
                            .setCollectionName("probe")
                            .setSchema(WireRequests.schema("probe", dim).toByteString())
                            .build());
            Random rnd = new Random(42);
            long insertNanos = 0;
            for (int start = 0; start < rows; start += batch) {
                int n = Math.min(batch, rows - start);
                long[] ids = new long[n];
                FloatArray.Builder fa = FloatArray.newBuilder();
                for (int i = 0; i < n; i++) {
                    ids[i] = start + i;
                    for (int d = 0; d < dim; d++) {
                        fa.addData(rnd.nextFloat());
                    }
                }
                InsertRequest req = InsertRequest.newBuilder()
                        .setCollectionName("probe")
                        .addFieldsData(WireRequests.ids(ids))
                        .addFieldsData(FieldData.newBuilder()
                                .setFieldName("vec")
                                .setType(io.partita.wire.DataType.FloatVector)
                                .setVectors(VectorField.newBuilder().setDim(dim).setFloatVector(fa)))
                        .setNumRows(n)
                        .build();
                long t0 = System.nanoTime();
                MutationResult m = s.stub().insert(req);
                insertNanos += System.nanoTime() - t0;
                if (m.getStatus().getCode() != 0) {
                    throw new IllegalStateException(m.getStatus().toString());
                }
            }
            double insertSec = insertNanos / 1e9;
            System.out.printf(
                    "insert: %d rows x %d dims in %.2f s = %.0f rows/s (%.1f MB/s of vectors), batches of %d%n",
                    rows, dim, insertSec, rows / insertSec, rows * dim * 4.0 / 1e6 / insertSec, batch);
            long t0 = System.nanoTime();
            s.stub()
                    .loadCollection(LoadCollectionRequest.newBuilder()
                            .setCollectionName("probe")
                            .build());
            s.awaitLoaded("probe");
            System.out.printf("load (schedule + poll to 100%%): %.2f s%n", (System.nanoTime() - t0) / 1e9);
            float[] q = new float[dim];
            int queries = 200;
            long[] lat = new long[queries];
            for (int i = 0; i < queries + 20; i++) {
                for (int d = 0; d < dim; d++) {
                    q[d] = rnd.nextFloat();
                }
                long a = System.nanoTime();
                SearchResults r =
                        s.stub().search(WireRequests.search("probe", "10", q).build());
                long took = System.nanoTime() - a;
                if (r.getStatus().getCode() != 0) {
                    throw new IllegalStateException(r.getStatus().toString());
                }
                if (i >= 20) {
                    lat[i - 20] = took;
                }
            }
            Arrays.sort(lat);
            System.out.printf(
                    "search topK 10 over %d rows through gRPC: p50 %.2f ms, p99 %.2f ms (%d queries, 1 client thread)%n",
                    rows, lat[queries / 2] / 1e6, lat[queries * 99 / 100] / 1e6, queries);
        }
    }
}
