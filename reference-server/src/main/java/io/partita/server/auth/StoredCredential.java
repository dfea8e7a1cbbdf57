package io.partita.server.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One user's salted password hash and description as persisted:
 * {@code user<TAB>iterations<TAB>salt<TAB>hash[<TAB>description]}, the description Base64 (UTF-8)
 * and left out when empty, so a file written before descriptions were kept still reads.
 */
record StoredCredential(String user, int iterations, byte[] salt, byte[] hash, String description) {
    private static final String HASH_PREFIX = "pbkdf2_sha256$";

    StoredCredential(String user, int iterations, byte[] salt, byte[] hash) {
        this(user, iterations, salt, hash, "");
    }

    /** @return this credential with another description, the password unchanged */
    StoredCredential withDescription(String newDescription) {
        return new StoredCredential(user, iterations, salt, hash, newDescription == null ? "" : newDescription);
    }

    String toLine() {
        Base64.Encoder b64 = Base64.getEncoder();
        String line = user + '\t' + iterations + '\t' + b64.encodeToString(salt) + '\t' + b64.encodeToString(hash);
        return description.isEmpty()
                ? line
                : line + '\t' + b64.encodeToString(description.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash as BackupRBAC carries it: {@code pbkdf2_sha256$iterations$salt$hash} (Base64 parts). */
    String encodedHash() {
        Base64.Encoder b64 = Base64.getEncoder();
        return HASH_PREFIX + iterations + '$' + b64.encodeToString(salt) + '$' + b64.encodeToString(hash);
    }

    /**
     * The credential of {@code user} from a hash made by {@link #encodedHash()}; null when it is
     * not one (a bcrypt hash from a Milvus backup, say, which this server cannot check).
     */
    static StoredCredential fromEncodedHash(String user, String encoded) {
        if (encoded == null || !encoded.startsWith(HASH_PREFIX)) {
            return null;
        }
        String[] parts = encoded.substring(HASH_PREFIX.length()).split("\\$", -1);
        try {
            int iterations = Integer.parseInt(parts[0]);
            byte[] salt = Base64.getDecoder().decode(parts[1]);
            byte[] hash = Base64.getDecoder().decode(parts[2]);
            boolean sane = parts.length == 3
                    && iterations >= 1
                    && iterations <= 10 * PasswordHasher.ITERATIONS
                    && salt.length > 0
                    && hash.length == PasswordHasher.HASH_BYTES;
            return sane ? new StoredCredential(user, iterations, salt, hash) : null;
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    static StoredCredential parse(String line) {
        String[] parts = line.split("\t");
        if (parts.length != 4 && parts.length != 5) {
            throw new IllegalArgumentException("malformed credential line with " + parts.length + " fields");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        String description = parts.length == 5 ? new String(b64.decode(parts[4]), StandardCharsets.UTF_8) : "";
        return new StoredCredential(
                parts[0], Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]), description);
    }
}
