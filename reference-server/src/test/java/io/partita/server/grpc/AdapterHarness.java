package io.partita.server.grpc;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.partita.server.auth.AuthInterceptor;
import io.partita.server.auth.CredentialStore;
import io.partita.server.engine.Engine;
import io.partita.server.model.Profile;
import io.partita.wire.MilvusServiceGrpc;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The adapter over a given engine on a loopback port, for tests that do not need real storage. */
final class AdapterHarness implements AutoCloseable {
    final Server server;
    final ManagedChannel channel;
    final MilvusServiceGrpc.MilvusServiceBlockingStub stub;

    AdapterHarness(Engine engine, Path dir, boolean auth) throws IOException {
        CredentialStore store = CredentialStore.open(dir, CredentialStore.DEFAULT_ROOT_PASSWORD);
        ServerServiceDefinition service = new MilvusServiceAdapter(engine, Profile.MILVUS_2_1, store).definition();
        if (auth) {
            service = ServerInterceptors.intercept(service, new AuthInterceptor(store));
        }
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(service)
                .build()
                .start();
        channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort())
                .usePlaintext()
                .build();
        stub = MilvusServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
