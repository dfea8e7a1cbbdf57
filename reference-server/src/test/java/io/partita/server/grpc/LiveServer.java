package io.partita.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.partita.server.ReferenceServer;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.CreatePartitionRequest;
import io.partita.wire.DescribeCollectionRequest;
import io.partita.wire.ErrorCode;
import io.partita.wire.GetLoadingProgressRequest;
import io.partita.wire.GetLoadingProgressResponse;
import io.partita.wire.InsertRequest;
import io.partita.wire.LongArray;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.MutationResult;
import io.partita.wire.QueryRequest;
import io.partita.wire.QueryResults;
import io.partita.wire.SearchResults;
import io.partita.wire.ShowPartitionsRequest;
import io.partita.wire.ShowPartitionsResponse;
import io.partita.wire.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real {@link ReferenceServer} on a loopback port, with a client and the few steps every lifecycle test takes. */
final class LiveServer implements AutoCloseable {
    static final int DIM = 4;

    final ReferenceServer server;
    final ManagedChannel channel;
    final MilvusServiceGrpc.MilvusServiceBlockingStub stub;

    LiveServer(ReferenceServer.Builder builder) throws Exception {
        server = builder.grpcPort(0).start();
        channel = NettyChannelBuilder.forAddress("127.0.0.1", server.grpcPort())
                .usePlaintext()
                .maxInboundMessageSize(64 << 20)
                .build();
        stub = MilvusServiceGrpc.newBlockingStub(channel);
    }

    MilvusServiceGrpc.MilvusServiceBlockingStub stub() {
        return stub.withDeadlineAfter(60, TimeUnit.SECONDS);
    }

    static void assertOk(Status s) {
        assertThat(s.getReason()).as("reason of a call expected to succeed").isEmpty();
        assertThat(s.getErrorCode()).isEqualTo(ErrorCode.Success);
        assertThat(s.getCode()).isZero();
    }

    /** Creates a collection {@code (id INT64 primary key, vec FLOAT_VECTOR(4))}; returns its id. */
    long createCollection(String name) {
        assertOk(stub().createCollection(CreateCollectionRequest.newBuilder()
                .setCollectionName(name)
                .setSchema(WireRequests.schema(name, DIM).toByteString())
                .build()));
        return stub().describeCollection(DescribeCollectionRequest.newBuilder()
                        .setCollectionName(name)
                        .build())
                .getCollectionID();
    }

    /** Creates a partition; returns its id. */
    long createPartition(String collection, String partition) {
        assertOk(stub().createPartition(CreatePartitionRequest.newBuilder()
                .setCollectionName(collection)
                .setPartitionName(partition)
                .build()));
        return partitionId(collection, partition);
    }

    long partitionId(String collection, String partition) {
        ShowPartitionsResponse r = stub().showPartitions(ShowPartitionsRequest.newBuilder()
                .setCollectionName(collection)
                .build());
        int i = r.getPartitionNamesList().indexOf(partition);
        assertThat(i).as("partition %s exists", partition).isNotNegative();
        return r.getPartitionIDs(i);
    }

    /** Inserts rows with these ids; each vector is {@code (id, 0, 0, 0)}. */
    MutationResult insert(String collection, String partition, long... ids) {
        float[][] rows = new float[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            rows[i] = new float[] {ids[i], 0, 0, 0};
        }
        return stub().insert(InsertRequest.newBuilder()
                .setCollectionName(collection)
                .setPartitionName(partition)
                .addFieldsData(WireRequests.ids(ids))
                .addFieldsData(WireRequests.vectors(DIM, rows))
                .setNumRows(ids.length)
                .build());
    }

    /** Polls GetLoadingProgress until 100 (or fails after the timeout). */
    void awaitLoaded(String collection, String... partitions) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            GetLoadingProgressResponse r = stub().getLoadingProgress(GetLoadingProgressRequest.newBuilder()
                    .setCollectionName(collection)
                    .addAllPartitionNames(List.of(partitions))
                    .build());
            assertOk(r.getStatus());
            if (r.getProgress() >= 100) {
                return;
            }
            assertThat(System.nanoTime())
                    .as("load of %s %s finishes in time", collection, List.of(partitions))
                    .isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** A topK-10 L2 search near the origin over these partitions (none = all loaded). */
    SearchResults search(String collection, String... partitions) {
        return stub().search(WireRequests.search(collection, "10", new float[] {0, 0, 0, 0})
                .addAllPartitionNames(List.of(partitions))
                .build());
    }

    static List<Long> ids(SearchResults r) {
        assertOk(r.getStatus());
        return new ArrayList<>(r.getResults().getIds().getIntId().getDataList());
    }

    QueryResults query(String collection, String expr, String... partitions) {
        return stub().query(QueryRequest.newBuilder()
                .setCollectionName(collection)
                .setExpr(expr)
                .addOutputFields("id")
                .addAllPartitionNames(List.of(partitions))
                .build());
    }

    static List<Long> ids(QueryResults r) {
        assertOk(r.getStatus());
        return r.getFieldsDataList().stream()
                .filter(f -> f.getFieldName().equals("id"))
                .findFirst()
                .map(f -> f.getScalars().getLongData())
                .map(LongArray::getDataList)
                .map(ArrayList::new)
                .orElseGet(ArrayList::new);
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
    }
}
