package io.partita.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.grpc.GrpcTransport;
import io.partita.param.ConnectParam;
import io.partita.param.R;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.DropPartitionParam;
import io.partita.param.partition.ReleasePartitionsParam;
import io.partita.param.partition.ShowPartitionsParam;
import io.partita.server.ReferenceServer;
import io.partita.transport.TransportException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same calls through the REST and the gRPC transport against one server give the same R. */
class RestAndGrpcAgreeTest {
    @TempDir
    static Path dir;

    static ReferenceServer server;
    static MilvusClient rest;
    static MilvusClient grpc;
    static final List<GrpcTransport> transports = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        server = ReferenceServer.builder().dataDir(dir).grpcPort(0).httpPort(0).start();
        rest = new MilvusServiceClient(ConnectParam.newBuilder()
                .withUri("http://127.0.0.1:" + server.httpPort())
                .build());
        grpc = grpcClient(server.grpcPort());
        R<?> created = grpc.createCollection(TwoFieldCollection.named("book"));
        assertThat(created.getStatus()).as(created.getMessage()).isZero();
        assertThat(grpc.createPartition(CreatePartitionParam.newBuilder()
                                .withCollectionName("book")
                                .withPartitionName("novel")
                                .build())
                        .getStatus())
                .isZero();
        assertThat(grpc.loadCollection(LoadCollectionParam.newBuilder()
                                .withCollectionName("book")
                                .withSyncLoad(true)
                                .build())
                        .getStatus())
                .isZero();
    }

    @AfterAll
    static void stop() {
        rest.close();
        grpc.close();
        transports.forEach(GrpcTransport::close);
        server.close();
    }

    /**
     * A gRPC client with an explicit {@link GrpcTransport}: in a reactor build sdk-core's test
     * classes (with a test-only provider for the grpc scheme) are on the classpath too.
     */
    private static MilvusClient grpcClient(int port) {
        ConnectParam address =
                ConnectParam.newBuilder().withUri("grpc://127.0.0.1:" + port).build();
        try {
            GrpcTransport transport = GrpcTransport.create(address);
            transports.add(transport);
            return new MilvusServiceClient(ConnectParam.newBuilder()
                    .withUri("grpc://127.0.0.1:" + port)
                    .withTransport(transport)
                    .build());
        } catch (TransportException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void agree(Function<MilvusClient, R<?>> call) {
        R<?> overRest = call.apply(rest);
        R<?> overGrpc = call.apply(grpc);
        assertThat(overRest.getStatus())
                .as("status over REST vs gRPC: %s / %s", overRest, overGrpc)
                .isEqualTo(overGrpc.getStatus());
        if (overGrpc.getStatus() > 0) {
            assertThat(overRest.getMessage()).isEqualTo(overGrpc.getMessage());
        }
    }

    @Test
    void describeAndListAliasesAreServedOverGrpcAndUnimplementedOverMilvus21sHttpApi() {
        assertThat(grpc.createAlias(io.partita.param.alias.CreateAliasParam.newBuilder()
                                .withCollectionName("book")
                                .withAlias("tome")
                                .build())
                        .getStatus())
                .isZero();
        io.partita.param.alias.DescribeAliasParam tome = io.partita.param.alias.DescribeAliasParam.newBuilder()
                .withAlias("tome")
                .build();

        R<io.partita.model.DescribeAliasResponse> overGrpc = grpc.describeAlias(tome);
        assertThat(overGrpc.getStatus()).as(overGrpc.getMessage()).isZero();
        assertThat(overGrpc.getData().getAlias()).isEqualTo("tome");
        assertThat(overGrpc.getData().getCollection()).isEqualTo("book");
        assertThat(overGrpc.getData().getDbName()).isEqualTo("default");

        R<io.partita.model.DescribeAliasResponse> missing =
                grpc.describeAlias(io.partita.param.alias.DescribeAliasParam.newBuilder()
                        .withAlias("nowhere")
                        .build());
        assertThat(missing.getStatus()).isNotZero();
        assertThat(missing.getMessage()).contains("alias nowhere does not exist");

        // no route on Milvus 2.1's HTTP API (the RPC catalogue says "-"): the REST transport has no codec
        R<io.partita.model.DescribeAliasResponse> overRest = rest.describeAlias(tome);
        assertThat(overRest.getStatus()).isNotZero();
        assertThat(overRest.getMessage()).contains("DescribeAlias is not supported by the REST transport");

        io.partita.param.alias.ListAliasesParam book = io.partita.param.alias.ListAliasesParam.newBuilder()
                .withCollectionName("book")
                .build();
        R<io.partita.model.ListAliasesResponse> listed = grpc.listAliases(book);
        assertThat(listed.getStatus()).as(listed.getMessage()).isZero();
        assertThat(listed.getData().getAliasesList()).containsExactly("tome");
        assertThat(listed.getData().getCollectionName()).isEqualTo("book");
        assertThat(rest.listAliases(book).getMessage()).contains("ListAliases is not supported by the REST transport");
    }

    @Test
    void releasingAPartitionOfACollectionLoadedWholeFailsAlikeOnBothTransports() {
        agree(c -> c.releasePartitions(ReleasePartitionsParam.newBuilder()
                .withCollectionName("book")
                .withPartitionNames(List.of("novel"))
                .build()));
    }

    @Test
    void droppingTheDefaultPartitionAndCreatingAnExistingOneFailAlike() {
        agree(c -> c.dropPartition(DropPartitionParam.newBuilder()
                .withCollectionName("book")
                .withPartitionName("_default")
                .build()));
        agree(c -> c.createPartition(CreatePartitionParam.newBuilder()
                .withCollectionName("book")
                .withPartitionName("novel")
                .build()));
    }

    @Test
    void aMissingCollectionFailsAlike() {
        agree(c -> c.showPartitions(
                ShowPartitionsParam.newBuilder().withCollectionName("nowhere").build()));
    }

    @Test
    void anUnreachableServerIsTheSameTransportFailure() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (MilvusClient deadRest = new MilvusServiceClient(ConnectParam.newBuilder()
                        .withUri("http://127.0.0.1:" + port)
                        .build());
                MilvusClient deadGrpc = grpcClient(port)) {
            R<?> a = deadRest.showPartitions(
                    ShowPartitionsParam.newBuilder().withCollectionName("book").build());
            R<?> b = deadGrpc.showPartitions(
                    ShowPartitionsParam.newBuilder().withCollectionName("book").build());
            assertThat(a.getStatus()).isNegative().isEqualTo(b.getStatus());
        }
    }
}
