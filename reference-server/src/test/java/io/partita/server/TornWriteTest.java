package io.partita.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.partita.server.grpc.WireRequests;
import io.partita.server.model.Profile;
import io.partita.server.storage.FramedLog;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.ErrorCode;
import io.partita.wire.GetLoadingProgressRequest;
import io.partita.wire.InsertRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.MilvusServiceGrpc.MilvusServiceBlockingStub;
import io.partita.wire.QueryRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A torn write (issue 18): the write-ahead log of a crash image ends mid-record, as a write a
 * crash cut short leaves it. On restart the rows of the whole records before it are all there,
 * the torn record's rows are not (none of them, not a part), and the server says so in one WARN
 * line.
 */
class TornWriteTest {
    @TempDir
    Path live;

    @TempDir
    Path image;

    @Test
    void theAcknowledgedPrefixSurvivesAndTheTornTailIsDroppedWithOneWarning() throws Exception {
        try (ReferenceServer s = start(live)) {
            ManagedChannel c = channel(s);
            try {
                MilvusServiceBlockingStub stub = stub(c);
                assertThat(stub.createCollection(CreateCollectionRequest.newBuilder()
                                        .setCollectionName("torn")
                                        .setSchema(
                                                WireRequests.schema("torn", 4).toByteString())
                                        .build())
                                .getErrorCode())
                        .isEqualTo(ErrorCode.Success);
                insert(stub, 0, 100); // acknowledged: must survive
                insert(stub, 100, 100); // its record will be torn
                // the crash image: the data directory as it is on disk now (every insert was synced)
                try (Stream<Path> files = Files.walk(live)) {
                    for (Path p : (Iterable<Path>) files::iterator) {
                        Path to = image.resolve(live.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(p, to);
                        }
                    }
                }
            } finally {
                c.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
        Path wal;
        try (Stream<Path> files = Files.walk(image)) {
            wal = files.filter(p -> p.getFileName().toString().matches("wal-\\d+\\.log"))
                    .filter(p -> p.toFile().length() > 0)
                    .findFirst()
                    .orElseThrow();
        }
        try (FileChannel ch = FileChannel.open(wal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            List<byte[]> records = new ArrayList<>();
            long end = FramedLog.readValid(ch, ch.size(), records);
            assertThat(records).hasSize(2);
            byte[] last = records.get(1);
            ch.truncate(end - last.length / 2); // the last record's second half never reached the disk
        }

        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<Long> ids;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (ReferenceServer s = start(image)) {
            ManagedChannel c = channel(s);
            try {
                MilvusServiceBlockingStub stub = stub(c);
                assertThat(stub.loadCollection(LoadCollectionRequest.newBuilder()
                                        .setCollectionName("torn")
                                        .build())
                                .getErrorCode())
                        .isEqualTo(ErrorCode.Success);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (stub.getLoadingProgress(GetLoadingProgressRequest.newBuilder()
                                        .setCollectionName("torn")
                                        .build())
                                .getProgress()
                        < 100) {
                    assertThat(System.nanoTime()).as("load finishes").isLessThan(deadline);
                    Thread.sleep(20);
                }
                ids = stub.query(QueryRequest.newBuilder()
                                .setCollectionName("torn")
                                .setExpr("id >= 0")
                                .addOutputFields("id")
                                .build())
                        .getFieldsData(0)
                        .getScalars()
                        .getLongData()
                        .getDataList();
            } finally {
                c.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        } finally {
            System.setErr(err);
        }
        assertThat(ids).hasSize(100).allMatch(id -> id < 100);
        List<String> warnings = captured.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.contains("WARN") && l.contains("torn tail"))
                .toList();
        assertThat(warnings)
                .singleElement()
                .asString()
                .contains(wal.getFileName().toString());
    }

    private static void insert(MilvusServiceBlockingStub stub, long from, int n) {
        long[] ids = new long[n];
        float[][] rows = new float[n][];
        for (int i = 0; i < n; i++) {
            ids[i] = from + i;
            rows[i] = new float[] {i, 1, 2, 3};
        }
        assertThat(stub.insert(InsertRequest.newBuilder()
                                .setCollectionName("torn")
                                .addFieldsData(WireRequests.ids(ids))
                                .addFieldsData(WireRequests.vectors(4, rows))
                                .setNumRows(n)
                                .build())
                        .getStatus()
                        .getErrorCode())
                .isEqualTo(ErrorCode.Success);
    }

    private static ReferenceServer start(Path dir) throws Exception {
        return ReferenceServer.builder()
                .dataDir(dir)
                .grpcPort(0)
                .profile(Profile.MILVUS_2_6)
                .start();
    }

    private static ManagedChannel channel(ReferenceServer s) {
        return NettyChannelBuilder.forAddress("127.0.0.1", s.grpcPort())
                .usePlaintext()
                .build();
    }

    private static MilvusServiceBlockingStub stub(ManagedChannel c) {
        return MilvusServiceGrpc.newBlockingStub(c).withDeadlineAfter(60, TimeUnit.SECONDS);
    }
}
