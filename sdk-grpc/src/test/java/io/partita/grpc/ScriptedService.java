package io.partita.grpc;

import io.grpc.stub.StreamObserver;
import io.partita.wire.BoolResponse;
import io.partita.wire.GetVersionRequest;
import io.partita.wire.GetVersionResponse;
import io.partita.wire.HasCollectionRequest;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.Status;
import java.time.Duration;

/**
 * A tiny hand-written Milvus service for connection tests: HasCollection answers {@code true}
 * after an optional delay, GetVersion answers a fixed version, every other RPC (Connect included)
 * is UNIMPLEMENTED as in Milvus 2.1.
 */
class ScriptedService extends MilvusServiceGrpc.MilvusServiceImplBase {
    private final Duration delay;

    ScriptedService() {
        this(Duration.ZERO);
    }

    ScriptedService(Duration delay) {
        this.delay = delay;
    }

    @Override
    public void hasCollection(HasCollectionRequest request, StreamObserver<BoolResponse> out) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.onNext(BoolResponse.newBuilder()
                .setStatus(Status.getDefaultInstance())
                .setValue(request.getCollectionName().equals("book"))
                .build());
        out.onCompleted();
    }

    @Override
    public void getVersion(GetVersionRequest request, StreamObserver<GetVersionResponse> out) {
        out.onNext(GetVersionResponse.newBuilder()
                .setStatus(Status.getDefaultInstance())
                .setVersion("v2.1.4")
                .build());
        out.onCompleted();
    }
}
