package io.partita.grpc;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.partita.param.ConnectParam;
import io.partita.transport.CallOptions;
import io.partita.transport.Operation;
import io.partita.transport.Transport;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.MilvusServiceGrpc.MilvusServiceBlockingStub;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Partita's {@link Transport} over gRPC: speaks the Milvus wire protocol to a Milvus server (2.1
 * and later) or to Partita's reference server.
 *
 * <p><b>Connection.</b> One gRPC channel per transport, created when the transport is built and
 * reused by every call; gRPC reconnects it by itself after failures. TLS, keep-alive, idle timeout,
 * the largest accepted answer, the TCP connect timeout and the headers ({@code authorization} as
 * base64 of {@code user:password} or of the token; {@code dbname} when not the default database) come from the
 * {@link ConnectParam}. By default the channel connects on the first call; with
 * {@link Builder#eagerConnect(boolean)} the build waits up to the connect timeout for the server
 * and says hello with {@code Connect} (falling back to {@code GetVersion}, then to nothing, on
 * servers that answer UNIMPLEMENTED, such as Milvus 2.1).
 *
 * <p><b>Errors.</b> A server's {@code Status} is returned inside the response value, untouched; a
 * call that gets no usable answer throws {@link TransportException} with the failure mapped by
 * gRPC status code (UNAVAILABLE, DEADLINE_EXCEEDED, UNAUTHENTICATED, CANCELLED, ...).
 *
 * <p><b>Threading and ownership.</b> Thread-safe; share one instance between threads. Whoever built
 * the transport closes it; {@link #close()} is idempotent, after it every call fails with
 * {@link TransportFailure#UNAVAILABLE}.
 */
public final class GrpcTransport implements Transport {
    private static final Logger LOG = LoggerFactory.getLogger(GrpcTransport.class);
    private static final CodecTable CODECS = CodecTable.standard();
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final ManagedChannel channel;
    private final MilvusServiceBlockingStub stub;
    private final String target;
    private final String dbName;
    private final String serverVersion;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GrpcTransport(ManagedChannel channel, String target, String dbName, String serverVersion) {
        this.channel = channel;
        this.stub = MilvusServiceGrpc.newBlockingStub(channel);
        this.target = target;
        this.dbName = dbName;
        this.serverVersion = serverVersion;
    }

    /**
     * A transport that connects on its first call.
     *
     * @param connectParam validated connection settings; the scheme may be anything, only host,
     *     port and the other settings are read
     * @return a new transport; the caller closes it
     * @throws TransportException when a TLS file cannot be read
     */
    public static GrpcTransport create(ConnectParam connectParam) throws TransportException {
        return builder(connectParam).build();
    }

    /** @return a builder for a transport with the given settings */
    public static Builder builder(ConnectParam connectParam) {
        return new Builder(connectParam);
    }

    @Override
    public <P, T> T call(Operation<P, T> operation, P param, CallOptions options) throws TransportException {
        if (closed.get()) {
            throw TransportException.closed(operation.getName(), target);
        }
        Codec<P, T> codec = CODECS.get(operation);
        if (codec == null) {
            throw TransportException.unsupported(operation.getName(), "gRPC");
        }
        MilvusServiceBlockingStub s = stub;
        if (options.getDeadline().isPresent()) {
            s = stub.withDeadlineAfter(options.getDeadline().get().toNanos(), TimeUnit.NANOSECONDS);
        }
        T answer;
        try {
            answer = codec.call(s, param, dbName);
        } catch (StatusRuntimeException e) {
            throw GrpcErrors.toTransportException(operation.getName(), target, e);
        }
        if (answer == null) {
            throw new TransportException(
                    TransportFailure.ILLEGAL_RESPONSE, operation.getName() + " to " + target + " gave no answer");
        }
        return answer;
    }

    /** @return {@code host:port} this transport talks to */
    public String target() {
        return target;
    }

    /**
     * @return the server's version as it reported it during the eager check; empty when the check
     *     was off or the server did not say
     */
    public String serverVersion() {
        return serverVersion;
    }

    /** Stops the channel: waits up to 5 s for calls in flight, then cancels them. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        channel.shutdown();
        try {
            if (!channel.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("calls to {} still running after {} ms; cancelling them", target, CLOSE_WAIT.toMillis());
                channel.shutdownNow();
            }
        } catch (InterruptedException e) {
            channel.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "GrpcTransport{target=" + target + ", db=" + (dbName.isEmpty() ? "default" : dbName) + ", closed="
                + closed.get() + "}";
    }

    /** Configures a {@link GrpcTransport}. Not thread-safe. */
    public static final class Builder {
        private final ConnectParam connectParam;
        private boolean eagerConnect;

        private Builder(ConnectParam connectParam) {
            this.connectParam = Objects.requireNonNull(connectParam, "connectParam");
        }

        /**
         * @param eager whether {@link #build()} waits (up to the connect timeout) until the server
         *     answers, instead of connecting on the first call; default {@code false}. Turn it on
         *     to fail fast on a wrong address or bad credentials.
         * @return this
         */
        public Builder eagerConnect(boolean eager) {
            this.eagerConnect = eager;
            return this;
        }

        /**
         * @return the transport; the caller closes it
         * @throws TransportException when a TLS file is unreadable, or, with the eager check, when
         *     the server cannot be reached within the connect timeout (UNAVAILABLE) or rejects the
         *     credentials (UNAUTHENTICATED); nothing is left open then
         */
        public GrpcTransport build() throws TransportException {
            String target = connectParam.getHost() + ":" + connectParam.getPort();
            ManagedChannel channel = GrpcChannelFactory.create(connectParam);
            String version = "";
            if (eagerConnect) {
                try {
                    version = ConnectCheck.run(
                            MilvusServiceGrpc.newBlockingStub(channel),
                            target,
                            connectParam.getConnectTimeout(),
                            connectParam.getUsername());
                } catch (TransportException | RuntimeException e) {
                    channel.shutdownNow();
                    throw e;
                }
            }
            return new GrpcTransport(channel, target, GrpcChannelFactory.requestDbName(connectParam), version);
        }
    }
}
