package io.partita.server.http;

import io.partita.server.auth.CredentialStore;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic authentication against the server's credential store (the same one the gRPC
 * interceptor checks). Thread-safe. Never logs or echoes credentials.
 */
final class BasicAuth {
    static final String CHALLENGE = "Basic realm=\"milvus\", charset=\"UTF-8\"";

    private final CredentialStore store;

    BasicAuth(CredentialStore store) {
        this.store = store;
    }

    /** @return null when the header names a known user and password, else the reason to refuse */
    String refusal(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return "missing authorization in header";
        }
        String v = authorization.strip();
        if (!v.regionMatches(true, 0, "Basic ", 0, 6)) {
            return "unsupported authorization scheme, use Basic";
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(v.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "malformed Basic credentials";
        }
        int colon = pair.indexOf(':');
        if (colon <= 0 || !store.authenticate(pair.substring(0, colon), pair.substring(colon + 1))) {
            return "auth check failure, please check username and password are correct";
        }
        return null;
    }
}
