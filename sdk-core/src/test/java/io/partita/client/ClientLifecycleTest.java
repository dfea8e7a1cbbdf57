package io.partita.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.exception.ClientNotConnectedException;
import io.partita.exception.MissingTransportException;
import io.partita.exception.ParamException;
import io.partita.model.BoolResponse;
import io.partita.model.Status;
import io.partita.param.ConnectParam;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.collection.HasCollectionParam;
import io.partita.param.partition.ReleasePartitionsParam;
import io.partita.testing.FakeTransport;
import io.partita.transport.CallOptions;
import io.partita.transport.Operations;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClientLifecycleTest {
    private final FakeTransport transport = new FakeTransport();
    private final ManualClock clock = new ManualClock();
    private final HasCollectionParam has =
            HasCollectionParam.newBuilder().withCollectionName("book").build();

    @Test
    void closingTwiceIsHarmlessAndLaterCallsFailAsNotConnected() {
        transport.respond(
                Operations.HAS_COLLECTION,
                BoolResponse.newBuilder().setValue(true).build());
        MilvusServiceClient client = Clients.over(transport, clock);

        client.close();
        client.close();
        R<Boolean> r = client.hasCollection(has);

        assertThat(r.getStatus()).isEqualTo(R.Status.ClientNotConnected.getCode());
        assertThat(r.getException()).isInstanceOf(ClientNotConnectedException.class);
        assertThat(transport.calls()).isEmpty();
    }

    @Test
    void aTransportPassedInIsLeftOpenForItsOwner() {
        MilvusServiceClient client = Clients.over(transport, clock);

        client.close();

        assertThat(transport.closeCount()).isZero();
    }

    @Test
    void aDiscoveredTransportIsClosedExactlyOnceByTheClient() {
        RecordingTransportProvider.reset();
        MilvusServiceClient client = new MilvusServiceClient(
                ConnectParam.newBuilder().withUri("grpc://127.0.0.1:19530").build());

        client.close();
        client.close();

        assertThat(RecordingTransportProvider.created()).hasSize(1);
        assertThat(RecordingTransportProvider.created().get(0).closeCount()).isEqualTo(1);
    }

    @Test
    void closingAViewClosesTheSharedConnection() {
        RecordingTransportProvider.reset();
        MilvusServiceClient client =
                new MilvusServiceClient(ConnectParam.newBuilder().build());
        MilvusClient view = client.withTimeout(3, TimeUnit.SECONDS);

        view.close();

        assertThat(RecordingTransportProvider.created().get(0).closeCount()).isEqualTo(1);
        assertThat(client.hasCollection(has).getStatus()).isEqualTo(R.Status.ClientNotConnected.getCode());
    }

    @Test
    void aMissingTransportNamesTheArtifactToAdd() {
        assertThatThrownBy(() -> new MilvusServiceClient(ConnectParam.newBuilder()
                        .withUri("http://127.0.0.1:9091")
                        .build()))
                .isInstanceOf(MissingTransportException.class)
                .hasMessageContaining("io.partita:partita-sdk-rest")
                .hasMessageContaining("\"http\"");
    }

    @Test
    void anExplicitTransportWinsOverDiscovery() {
        RecordingTransportProvider.reset();
        transport.respond(
                Operations.HAS_COLLECTION,
                BoolResponse.newBuilder().setValue(true).build());
        MilvusServiceClient client = new MilvusServiceClient(ConnectParam.newBuilder()
                .withUri("grpc://127.0.0.1:19530")
                .withTransport(transport)
                .build());

        assertThat(client.hasCollection(has).getData()).isTrue();
        assertThat(RecordingTransportProvider.created()).isEmpty();
    }

    @Test
    void withTimeoutGivesEachCallThatDeadlineAndTheDefaultHasNone() {
        transport.respond(Operations.RELEASE_PARTITIONS, Status.success());
        MilvusServiceClient client = Clients.over(transport, clock);
        ReleasePartitionsParam release = ReleasePartitionsParam.newBuilder()
                .withCollectionName("book")
                .addPartitionName("novel")
                .build();

        client.releasePartitions(release);
        R<RpcStatus> r = client.withTimeout(Duration.ofMillis(1500)).releasePartitions(release);

        assertThat(r.getStatus()).isZero();
        assertThat(transport.optionsOf(Operations.RELEASE_PARTITIONS))
                .containsExactly(CallOptions.none(), CallOptions.withDeadline(Duration.ofMillis(1500)));
    }

    @Test
    void theRpcDeadlineOfConnectParamIsTheDefaultDeadline() {
        transport.respond(
                Operations.HAS_COLLECTION,
                BoolResponse.newBuilder().setValue(false).build());
        MilvusServiceClient client = new MilvusServiceClient(ConnectParam.newBuilder()
                .withTransport(transport)
                .withRpcDeadline(2, TimeUnit.SECONDS)
                .build());

        client.hasCollection(has);

        assertThat(transport.optionsOf(Operations.HAS_COLLECTION))
                .containsExactly(CallOptions.withDeadline(Duration.ofSeconds(2)));
    }

    @Test
    void aNonPositiveTimeoutIsRejected() {
        MilvusServiceClient client = Clients.over(transport, clock);

        assertThatThrownBy(() -> client.withTimeout(Duration.ZERO))
                .isInstanceOf(ParamException.class)
                .hasMessageContaining("timeout")
                .hasMessageContaining("PT0S");
    }

    @Test
    void nullSettingsAreParamExceptionsNotNullPointerExceptions() {
        MilvusServiceClient client = Clients.over(transport, clock);

        assertThatThrownBy(() -> new MilvusServiceClient(null))
                .isInstanceOf(ParamException.class)
                .hasMessageContaining("connectParam");
        assertThatThrownBy(() -> client.withTimeout(null))
                .isInstanceOf(ParamException.class)
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> client.withRetry(null))
                .isInstanceOf(ParamException.class)
                .hasMessageContaining("retryParam");
    }

    @Test
    void aNullParamIsAParamErrorNotAnException() {
        MilvusServiceClient client = Clients.over(transport, clock);

        R<Boolean> r = client.hasCollection(null);

        assertThat(r.getStatus()).isEqualTo(R.Status.ParamError.getCode());
        assertThat(r.getMessage()).contains("HasCollection");
    }

    @Test
    void aTransportThatThrowsAnUncheckedExceptionYieldsAFailureNotACrash() {
        transport.respondWith(Operations.HAS_COLLECTION, (p, o) -> {
            throw new IllegalStateException("codec bug");
        });
        MilvusServiceClient client = Clients.over(transport, clock);

        R<Boolean> r = client.hasCollection(has);

        assertThat(r.getStatus()).isEqualTo(R.Status.RpcError.getCode());
        assertThat(r.getMessage()).contains("codec bug");
    }
}
