package io.partita.docs;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.partita.junit.PartitaEndpoints;
import io.partita.wire.MilvusServiceGrpc;
import java.util.concurrent.TimeUnit;

/** A plaintext channel to the test's server with the protocol classes' blocking stub, for the pages whose calls the SDK lacks. */
final class ProtocolChannel implements AutoCloseable {
    private final ManagedChannel channel;

    ProtocolChannel(PartitaEndpoints endpoints) {
        channel = NettyChannelBuilder.forAddress(
                        endpoints.grpcUri().getHost(), endpoints.grpcUri().getPort())
                .usePlaintext()
                .build();
    }

    MilvusServiceGrpc.MilvusServiceBlockingStub stub() {
        return MilvusServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
