package io.partita.server.http;

import io.partita.server.auth.Authenticator;
import io.partita.server.auth.CredentialStore;

/**
 * Authentication of the HTTP port: the credential store's shared {@link Authenticator}, so the
 * HTTP and gRPC ports accept the same formats ({@code Basic}, {@code Bearer user:password}, bare
 * base64 or raw {@code user:password}) and share one failed-login throttle. Thread-safe. Never
 * logs or echoes credentials.
 */
final class BasicAuth {
    static final String CHALLENGE = "Basic realm=\"milvus\", charset=\"UTF-8\"";

    private final Authenticator authenticator;

    BasicAuth(CredentialStore store) {
        this.authenticator = store.authenticator();
    }

    /**
     * @param authorization the Authorization header, null when absent
     * @param address the client's address, for throttling
     * @return null when the header names a known user and password, else the reason to refuse
     */
    String refusal(String authorization, String address) {
        return authenticator.refusal(authorization, address);
    }
}
