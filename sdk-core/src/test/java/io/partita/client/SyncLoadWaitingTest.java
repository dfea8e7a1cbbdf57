package io.partita.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.exception.LoadTimeoutException;
import io.partita.exception.MilvusServerException;
import io.partita.model.ErrorCode;
import io.partita.model.GetLoadingProgressResponse;
import io.partita.model.ShowCollectionsResponse;
import io.partita.model.ShowPartitionsResponse;
import io.partita.model.ShowType;
import io.partita.model.Status;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.partition.LoadPartitionsParam;
import io.partita.testing.FakeTransport;
import io.partita.transport.Operations;
import io.partita.transport.TransportFailure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncLoadWaitingTest {
    private final FakeTransport transport = new FakeTransport();
    private final ManualClock clock = new ManualClock();
    private final MilvusServiceClient client = Clients.over(transport, clock);

    private static GetLoadingProgressResponse progress(long percent) {
        return GetLoadingProgressResponse.newBuilder().setProgress(percent).build();
    }

    private static LoadPartitionsParam loadP1(long timeoutSeconds) {
        return LoadPartitionsParam.newBuilder()
                .withCollectionName("book")
                .addPartitionName("novel")
                .withSyncLoadWaitingInterval(500L)
                .withSyncLoadWaitingTimeout(timeoutSeconds)
                .build();
    }

    @Test
    void loadPartitionsWaitsUntilProgressReaches100() {
        transport
                .respond(Operations.LOAD_PARTITIONS, Status.success())
                .respond(Operations.GET_LOADING_PROGRESS, progress(0), progress(40), progress(100));

        R<RpcStatus> r = client.loadPartitions(loadP1(60));

        assertThat(r.getStatus()).isZero();
        assertThat(transport.callCount(Operations.GET_LOADING_PROGRESS)).isEqualTo(3);
        assertThat(clock.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
        assertThat(transport.paramsOf(Operations.GET_LOADING_PROGRESS).get(0).getPartitionNames())
                .containsExactly("novel");
    }

    @Test
    void loadPartitionsThatNeverFinishIsATimeoutFailureNotASuccess() {
        transport
                .respond(Operations.LOAD_PARTITIONS, Status.success())
                .respond(Operations.GET_LOADING_PROGRESS, progress(30));

        R<RpcStatus> r = client.loadPartitions(loadP1(2));

        assertThat(r.isSuccess()).isFalse();
        assertThat(r.getStatus()).isEqualTo(R.Status.LoadTimeout.getCode());
        assertThat(r.getException()).isInstanceOf(LoadTimeoutException.class);
        assertThat(r.getMessage()).contains("timeout").contains("novel").contains("30%");
        assertThat(clock.sleeps).hasSize(4);
    }

    @Test
    void aServerErrorWhileWaitingEndsTheWaitWithThatError() {
        Status broken = Status.newBuilder()
                .setErrorCode(ErrorCode.UnexpectedError)
                .setCode(65535)
                .setReason("partition 7 of collection 3 has not been loaded into QueryNode")
                .build();
        transport
                .respond(Operations.LOAD_PARTITIONS, Status.success())
                .respond(
                        Operations.GET_LOADING_PROGRESS,
                        progress(10),
                        GetLoadingProgressResponse.newBuilder()
                                .setStatus(broken)
                                .build());

        R<RpcStatus> r = client.loadPartitions(loadP1(60));

        assertThat(r.getStatus()).isEqualTo(1);
        assertThat(r.getMessage()).contains("has not been loaded into QueryNode");
        assertThat(((MilvusServerException) r.getException()).getServerStatus()).isEqualTo(broken);
    }

    @Test
    void aServerWithoutGetLoadingProgressIsPolledThroughShowPartitionsInMemoryPercentages() {
        transport
                .respond(Operations.LOAD_PARTITIONS, Status.success())
                .fail(
                        Operations.GET_LOADING_PROGRESS,
                        TransportFailure.UNIMPLEMENTED,
                        "unknown method GetLoadingProgress")
                .respond(
                        Operations.SHOW_PARTITIONS,
                        ShowPartitionsResponse.newBuilder()
                                .addPartitionNames("novel")
                                .addInMemoryPercentages(50L)
                                .build(),
                        ShowPartitionsResponse.newBuilder()
                                .addPartitionNames("novel")
                                .addInMemoryPercentages(100L)
                                .build());

        R<RpcStatus> r = client.loadPartitions(loadP1(60));

        assertThat(r.getStatus()).isZero();
        assertThat(transport.paramsOf(Operations.SHOW_PARTITIONS).get(0).getShowType())
                .isEqualTo(ShowType.InMemory);
        assertThat(transport.callCount(Operations.GET_LOADING_PROGRESS))
                .as("asked once, then remembered")
                .isEqualTo(1);
        assertThat(transport.callCount(Operations.SHOW_PARTITIONS)).isEqualTo(2);
    }

    @Test
    void loadCollectionFallsBackToShowCollectionsPercentages() {
        transport
                .respond(Operations.LOAD_COLLECTION, Status.success())
                .fail(Operations.GET_LOADING_PROGRESS, TransportFailure.UNIMPLEMENTED, "unknown method")
                .respond(
                        Operations.SHOW_COLLECTIONS,
                        ShowCollectionsResponse.newBuilder()
                                .addCollectionNames("book")
                                .addInMemoryPercentages(100L)
                                .build());

        R<RpcStatus> r = client.loadCollection(
                LoadCollectionParam.newBuilder().withCollectionName("book").build());

        assertThat(r.getStatus()).isZero();
        assertThat(transport.paramsOf(Operations.SHOW_COLLECTIONS).get(0).getCollectionNames())
                .containsExactly("book");
    }

    @Test
    void asyncLoadReturnsWithoutPolling() {
        transport.respond(Operations.LOAD_COLLECTION, Status.success());

        R<RpcStatus> r = client.loadCollection(LoadCollectionParam.newBuilder()
                .withCollectionName("book")
                .withSyncLoad(false)
                .build());

        assertThat(r.getStatus()).isZero();
        assertThat(transport.callNames()).containsExactly("LoadCollection");
    }

    @Test
    void aRejectedLoadIsReportedWithoutWaiting() {
        Status refused = Status.newBuilder()
                .setErrorCode(ErrorCode.IllegalArgument)
                .setReason("collection 3 has been loaded into QueryNode, please release collection firstly")
                .build();
        transport.respond(Operations.LOAD_PARTITIONS, refused);

        R<RpcStatus> r = client.loadPartitions(loadP1(60));

        assertThat(r.getStatus()).isEqualTo(5);
        assertThat(r.getMessage()).startsWith("collection 3 has been loaded into QueryNode");
        assertThat(transport.callNames()).isEqualTo(List.of("LoadPartitions"));
    }
}
