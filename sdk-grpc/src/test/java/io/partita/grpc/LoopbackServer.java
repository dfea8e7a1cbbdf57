package io.partita.grpc;

import io.grpc.BindableService;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A plain grpc-java server on 127.0.0.1 and a free port, serving one test service; remembers the last call's headers. */
final class LoopbackServer implements AutoCloseable {
    private final Server server;
    private final AtomicReference<Metadata> lastHeaders = new AtomicReference<>();

    private LoopbackServer(BindableService service, SslContext tls) throws IOException {
        ServerInterceptor recorder = new ServerInterceptor() {
            @Override
            public <Q, A> ServerCall.Listener<Q> interceptCall(
                    ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
                lastHeaders.set(headers);
                return next.startCall(call, headers);
            }
        };
        NettyServerBuilder b = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .addService(ServerInterceptors.intercept(service, recorder));
        if (tls != null) {
            b.sslContext(tls);
        }
        this.server = b.build().start();
    }

    static LoopbackServer plain(BindableService service) throws IOException {
        return new LoopbackServer(service, null);
    }

    static LoopbackServer tls(BindableService service, SslContext tls) throws IOException {
        return new LoopbackServer(service, tls);
    }

    int port() {
        return server.getPort();
    }

    Metadata lastHeaders() {
        return lastHeaders.get();
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow();
        server.awaitTermination(5, TimeUnit.SECONDS);
    }
}
