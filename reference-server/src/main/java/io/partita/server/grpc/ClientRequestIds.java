package io.partita.server.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The {@code client_request_id} a client puts on a call (the official Java client sends its
 * per-thread ConnectConfig.clientRequestId as this metadata; Milvus writes it to its access log).
 * The server keeps the most recent ones, with the method they came with, for
 * {@link io.partita.server.ReferenceServer#recentClientRequestIds()}. Thread-safe.
 */
public final class ClientRequestIds implements ServerInterceptor {
    static final Metadata.Key<String> CLIENT_REQUEST_ID =
            Metadata.Key.of("client_request_id", Metadata.ASCII_STRING_MARSHALLER);
    private static final int KEPT = 256;

    private final Deque<String> recent = new ArrayDeque<>();

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
        String id = headers.get(CLIENT_REQUEST_ID);
        if (id != null && !id.isEmpty()) {
            synchronized (recent) {
                if (recent.size() == KEPT) {
                    recent.removeFirst();
                }
                recent.addLast(call.getMethodDescriptor().getBareMethodName() + " " + id);
            }
        }
        return next.startCall(call, headers);
    }

    /** @return {@code "<Method> <id>"} for the most recent calls that carried an id, oldest first */
    public List<String> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }
}
