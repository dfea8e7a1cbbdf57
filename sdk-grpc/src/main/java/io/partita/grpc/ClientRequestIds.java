package io.partita.grpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;

/**
 * Puts the calling thread's request id (ConnectParam's {@code clientRequestId}) on each call as the
 * {@code client_request_id} metadata, read when the call starts, as the official client's
 * interceptor does (io.milvus.v2.utils.ClientUtils); a thread without one sends none.
 */
final class ClientRequestIds implements ClientInterceptor {
    static final Metadata.Key<String> CLIENT_REQUEST_ID =
            Metadata.Key.of("client_request_id", Metadata.ASCII_STRING_MARSHALLER);

    private final ThreadLocal<String> ids;

    ClientRequestIds(ThreadLocal<String> ids) {
        this.ids = ids;
    }

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        return new ForwardingClientCall.SimpleForwardingClientCall<Q, A>(next.newCall(method, options)) {
            @Override
            public void start(Listener<A> listener, Metadata headers) {
                String id = ids.get();
                if (id != null && !id.isEmpty()) {
                    headers.put(CLIENT_REQUEST_ID, id);
                }
                super.start(listener, headers);
            }
        };
    }
}
