package io.partita.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.partita.wire.CollectionSchema;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.CreatePartitionRequest;
import io.partita.wire.DataType;
import io.partita.wire.FieldSchema;
import io.partita.wire.GetLoadStateRequest;
import io.partita.wire.KeyValuePair;
import io.partita.wire.LoadPartitionsRequest;
import io.partita.wire.LoadState;
import io.partita.wire.MilvusServiceGrpc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's curl line, run with the real {@code curl} against the standalone jar: it releases
 * partition {@code novel} of {@code book}, and gRPC then reports the partition not loaded. The
 * line is used verbatim when port 9091 is free; otherwise only the port is replaced.
 */
class SeedCurlIT {
    private static final Pattern READY = Pattern.compile(".*ready: grpc=[0-9.]+:(\\d+) http=[0-9.]+:(\\d+) .*");
    private static final String SEED_BODY =
            "{\n    \"collection_name\": \"book\",\n    \"partition_names\": [\"novel\"],\n"
                    + "    \"replica_number\": 1\n  }";

    @TempDir
    Path dir;

    @Test
    void theSeedCurlLineReleasesThePartitionAndGrpcSeesIt() throws Exception {
        int httpPort = portFree(9091) ? 9091 : 0;
        Process server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        jar().toString(),
                        "--grpc-port",
                        "0",
                        "--http-port",
                        Integer.toString(httpPort),
                        "--data-dir",
                        dir.resolve("data").toString())
                .redirectError(dir.resolve("server.err").toFile())
                .start();
        try {
            Matcher ready = READY.matcher(readyLine(server));
            assertThat(ready.matches()).isTrue();
            ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", Integer.parseInt(ready.group(1)))
                    .usePlaintext()
                    .build();
            try {
                MilvusServiceGrpc.MilvusServiceBlockingStub grpc =
                        MilvusServiceGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
                bookWithLoadedNovel(grpc);

                String url = "http://localhost:" + ready.group(2) + "/api/v1/partitions/load";
                List<String> curl = List.of(
                        "curl",
                        "-s",
                        "-S",
                        "-w",
                        "\n%{http_code}",
                        "-X",
                        "DELETE",
                        url,
                        "-H",
                        "accept: application/json",
                        "-H",
                        "Content-Type: application/json",
                        "-d",
                        SEED_BODY);
                Process p = new ProcessBuilder(curl).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

                assertThat(out).isEqualTo("{}\n200");
                assertThat(grpc.getLoadState(GetLoadStateRequest.newBuilder()
                                        .setCollectionName("book")
                                        .addPartitionNames("novel")
                                        .build())
                                .getState())
                        .isEqualTo(LoadState.LoadStateNotLoad);
            } finally {
                channel.shutdownNow();
            }
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static void bookWithLoadedNovel(MilvusServiceGrpc.MilvusServiceBlockingStub grpc) {
        CollectionSchema schema = CollectionSchema.newBuilder()
                .setName("book")
                .addFields(FieldSchema.newBuilder()
                        .setName("id")
                        .setDataType(DataType.Int64)
                        .setIsPrimaryKey(true))
                .addFields(FieldSchema.newBuilder()
                        .setName("vec")
                        .setDataType(DataType.FloatVector)
                        .addTypeParams(KeyValuePair.newBuilder().setKey("dim").setValue("2")))
                .build();
        assertThat(grpc.createCollection(CreateCollectionRequest.newBuilder()
                                .setCollectionName("book")
                                .setSchema(schema.toByteString())
                                .build())
                        .getReason())
                .isEmpty();
        assertThat(grpc.createPartition(CreatePartitionRequest.newBuilder()
                                .setCollectionName("book")
                                .setPartitionName("novel")
                                .build())
                        .getReason())
                .isEmpty();
        assertThat(grpc.loadPartitions(LoadPartitionsRequest.newBuilder()
                                .setCollectionName("book")
                                .addPartitionNames("novel")
                                .setReplicaNumber(1)
                                .build())
                        .getReason())
                .isEmpty();
    }

    private String readyLine(Process server) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line; (line = r.readLine()) != null; ) {
            if (line.contains("ready: ")) {
                return line;
            }
            seen.add(line);
        }
        throw new AssertionError(
                "no ready line; stdout " + seen + " stderr " + Files.readString(dir.resolve("server.err")));
    }

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path jar() {
        return Path.of(System.getProperty("partita.server.jar", "target/reference-server.jar"));
    }
}
