package io.partita.server.auth;

import java.util.Base64;

/** One user's salted password hash as persisted: {@code user<TAB>iterations<TAB>salt<TAB>hash}. */
record StoredCredential(String user, int iterations, byte[] salt, byte[] hash) {

    String toLine() {
        Base64.Encoder b64 = Base64.getEncoder();
        return user + '\t' + iterations + '\t' + b64.encodeToString(salt) + '\t' + b64.encodeToString(hash);
    }

    static StoredCredential parse(String line) {
        String[] parts = line.split("\t");
        if (parts.length != 4) {
            throw new IllegalArgumentException("malformed credential line with " + parts.length + " fields");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new StoredCredential(parts[0], Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
    }
}
