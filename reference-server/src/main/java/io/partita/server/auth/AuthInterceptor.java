package io.partita.server.auth;

import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * Refuses every call whose {@code authorization} metadata does not name a known user and its
 * password, with gRPC {@code UNAUTHENTICATED}, before any handler runs.
 *
 * <p>Official clients send {@code base64("user:password")} (pymilvus, milvus-sdk-java and
 * milvus-sdk-go alike, including the {@code token="user:password"} form); every format of
 * {@link CredentialHeader} is accepted, as on the HTTP port, and failed logins are throttled
 * by the {@link Authenticator}. Thread-safe.
 */
public final class AuthInterceptor implements ServerInterceptor {
    /** The metadata key official clients use. */
    public static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private static final ServerCall.Listener<Object> NOOP = new ServerCall.Listener<>() {};

    private final Authenticator authenticator;

    /** Checks against {@code store} through its shared {@link CredentialStore#authenticator()}. */
    public AuthInterceptor(CredentialStore store) {
        this(store.authenticator());
    }

    /** Shares {@code authenticator} (and so its throttle) with the HTTP port. */
    public AuthInterceptor(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <Q, A> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
        String refusal = authenticator.refusal(headers.get(AUTHORIZATION), address(call));
        if (refusal != null) {
            call.close(Status.UNAUTHENTICATED.withDescription(refusal), new Metadata());
            return (ServerCall.Listener<Q>) NOOP;
        }
        CredentialHeader c = CredentialHeader.parse(headers.get(AUTHORIZATION));
        return Contexts.interceptCall(Caller.as(c.user()), call, headers, next);
    }

    private static String address(ServerCall<?, ?> call) {
        SocketAddress a = call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR);
        return a instanceof InetSocketAddress i ? i.getAddress().getHostAddress() : String.valueOf(a);
    }
}
