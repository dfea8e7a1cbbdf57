package io.partita.server.auth;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Refuses every call whose {@code authorization} metadata does not name a known user and its
 * password, with gRPC {@code UNAUTHENTICATED}, before any handler runs.
 *
 * <p>Official clients send {@code base64("user:password")} (pymilvus, milvus-sdk-java and
 * milvus-sdk-go alike, including the {@code token="user:password"} form); a raw
 * {@code user:password} value is accepted too. Thread-safe.
 */
public final class AuthInterceptor implements ServerInterceptor {
    /** The metadata key official clients use. */
    public static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private static final ServerCall.Listener<Object> NOOP = new ServerCall.Listener<>() {};

    private final CredentialStore store;

    public AuthInterceptor(CredentialStore store) {
        this.store = store;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <Q, A> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
        String value = headers.get(AUTHORIZATION);
        if (value == null || value.isEmpty()) {
            call.close(Status.UNAUTHENTICATED.withDescription("missing authorization in header"), new Metadata());
            return (ServerCall.Listener<Q>) NOOP;
        }
        String pair = decode(value);
        int colon = pair.indexOf(':');
        if (colon <= 0 || !store.authenticate(pair.substring(0, colon), pair.substring(colon + 1))) {
            call.close(
                    Status.UNAUTHENTICATED.withDescription(
                            "auth check failure, please check username and password are correct"),
                    new Metadata());
            return (ServerCall.Listener<Q>) NOOP;
        }
        return next.startCall(call, headers);
    }

    private static String decode(String value) {
        try {
            String decoded = new String(Base64.getDecoder().decode(value.trim()), StandardCharsets.UTF_8);
            if (decoded.indexOf(':') > 0) {
                return decoded;
            }
        } catch (IllegalArgumentException notBase64) {
            // fall through: a raw "user:password"
        }
        return value;
    }
}
