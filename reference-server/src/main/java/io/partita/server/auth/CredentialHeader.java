package io.partita.server.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The credential formats both ports accept, parsed in one place: {@code Basic base64(user:password)}
 * (HTTP clients, curl {@code -u}), {@code Bearer user:password} (Milvus's RESTful token form), a
 * bare {@code base64(user:password)} (what pymilvus, milvus-sdk-java and milvus-sdk-go send as
 * gRPC {@code authorization} metadata) and a raw {@code user:password}. Stateless.
 *
 * @param user the user name (never empty)
 * @param password the password as sent
 */
public record CredentialHeader(String user, String password) {
    /**
     * Parses an {@code Authorization} header or {@code authorization} metadata value.
     *
     * @return the credentials, or null when the value names no {@code user:password} pair
     */
    public static CredentialHeader parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded = base64(v.substring(6).strip());
            return decoded == null ? null : split(decoded);
        }
        if (v.regionMatches(true, 0, "Bearer ", 0, 7)) {
            v = v.substring(7).strip();
        }
        String decoded = base64(v);
        if (decoded != null && decoded.indexOf(':') > 0) {
            return split(decoded);
        }
        return split(v);
    }

    private static String base64(String s) {
        try {
            return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static CredentialHeader split(String pair) {
        int colon = pair.indexOf(':');
        return colon <= 0 ? null : new CredentialHeader(pair.substring(0, colon), pair.substring(colon + 1));
    }

    @Override
    public String toString() {
        return "CredentialHeader[user=" + user + "]"; // never the password
    }
}
