package io.partita.rest;

import io.partita.param.ConnectParam;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The {@code Authorization} header for a {@link ConnectParam}'s credentials. Never logged. */
final class Credentials {
    private Credentials() {}

    /**
     * @return {@code Basic base64(user:password)} for a user name (or a {@code user:password}
     *     token), {@code Bearer token} for any other token, {@code null} without credentials
     */
    static String header(ConnectParam p) {
        if (p.getUsername() != null && !p.getUsername().isEmpty()) {
            return basic(p.getUsername() + ":" + (p.getPassword() == null ? "" : p.getPassword()));
        }
        String token = p.getToken();
        if (token != null && !token.isEmpty()) {
            return token.indexOf(':') > 0 ? basic(token) : "Bearer " + token;
        }
        return null;
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
