package io.partita.server.auth;

import io.partita.server.auth.CredentialException.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Milvus's credential model: named users with passwords, the built-in {@code root} user, salted
 * PBKDF2 hashes persisted in {@code <dataDir>/auth/credentials.tsv} (created readable by its
 * owner only, 0600, where the file system has POSIX permissions), checks in constant time.
 *
 * <p>Thread-safe. Changes are written to a temporary file, synced and atomically renamed, so a
 * crash leaves either the old or the new set of users. Passwords are never logged or kept in
 * clear: a successful check is remembered only as a SHA-256 digest of user and password, so
 * that repeated requests do not pay for PBKDF2 each time; every change forgets them all.
 */
public final class CredentialStore {
    /** The administrator Milvus creates at first start; it cannot be deleted. */
    public static final String ROOT_USER = "root";
    /** Milvus's default password for {@link #ROOT_USER}. */
    public static final String DEFAULT_ROOT_PASSWORD = "Milvus";

    private static final int MAX_USER_CHARS = 32;
    private static final int MIN_PASSWORD_CHARS = 6;
    private static final int MAX_PASSWORD_CHARS = 256;
    private static final int MAX_REMEMBERED = 1024;
    private static final int MAX_DESCRIPTION_BYTES = 1024;
    private static final String FILE_NAME = "credentials.tsv";

    private final Path file;
    private final PasswordHasher hasher = new PasswordHasher();
    private final Map<String, StoredCredential> users = new TreeMap<>();
    private final Map<String, String> verified = new ConcurrentHashMap<>();
    private Authenticator authenticator;
    /**
     * Hashed for unknown users so that "no such user" costs the same time as "wrong password".
     * Made on first use: a PBKDF2 hash costs about a second in a fresh JVM, and a server that
     * never authenticates (auth off, the usual test) should not pay it at start.
     */
    private volatile StoredCredential decoy;
    /** The root password of a first start, hashed and persisted on first use (see {@link #ensureRoot()}). */
    private String pendingRootPassword;

    private CredentialStore(Path file) {
        this.file = file;
    }

    /**
     * Opens (creating if needed) the store under {@code dataDir}. When no store exists yet, the
     * {@code root} user is created with {@code rootPassword}; an existing root password is kept.
     * The new root user is hashed and written by the first call that reads or changes the users,
     * so opening costs no PBKDF2 hash (about a second in a fresh JVM).
     *
     * @throws UncheckedIOException when the file cannot be read (or, for a new store, written by
     *     that first call)
     */
    public static CredentialStore open(Path dataDir, String rootPassword) {
        Objects.requireNonNull(rootPassword, "rootPassword");
        CredentialStore store = new CredentialStore(dataDir.resolve("auth").resolve(FILE_NAME));
        store.load(rootPassword);
        return store;
    }

    /**
     * The login check of this store, one per store so that both ports share its throttle.
     */
    public synchronized Authenticator authenticator() {
        if (authenticator == null) {
            authenticator = new Authenticator(this);
        }
        return authenticator;
    }

    /** True when {@code root} still has Milvus's well-known default password. */
    public boolean rootHasDefaultPassword() {
        return authenticate(ROOT_USER, DEFAULT_ROOT_PASSWORD);
    }

    /** True when {@code user} exists and {@code password} is its password. */
    public boolean authenticate(String user, String password) {
        String key = digest(user, password);
        if (user.equals(verified.get(key))) {
            return true;
        }
        StoredCredential stored;
        synchronized (this) {
            ensureRoot();
            stored = users.get(user);
        }
        StoredCredential against = stored == null ? decoy() : stored;
        boolean ok = hasher.matches(password, against.salt(), against.iterations(), against.hash()) && stored != null;
        if (ok) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(key, user);
        }
        return ok;
    }

    /** Creates a user without a description. */
    public void create(String user, String password) throws CredentialException {
        create(user, password, null);
    }

    /**
     * Creates a user with a description (Milvus 2.6's CreateCredential.description; null or empty
     * for none).
     */
    public synchronized void create(String user, String password, String description) throws CredentialException {
        validateUser(user);
        validateDescription(description);
        validatePassword(password);
        ensureRoot();
        if (users.containsKey(user)) {
            throw new CredentialException(Kind.ALREADY_EXISTS, "user already exists: " + user);
        }
        users.put(user, newCredential(user, password).withDescription(description));
        persist();
    }

    /** Changes a user's password after checking the old one; the description is kept. */
    public void update(String user, String oldPassword, String newPassword) throws CredentialException {
        update(user, oldPassword, newPassword, null);
    }

    /**
     * Changes a user's password after checking the old one and, when {@code description} is not
     * null, its description too (Milvus 2.6 keeps the description when an update carries none).
     */
    public synchronized void update(String user, String oldPassword, String newPassword, String description)
            throws CredentialException {
        validateDescription(description);
        validateUser(user);
        validatePassword(newPassword);
        ensureRoot();
        StoredCredential stored = users.get(user);
        if (stored == null) {
            // Milvus checks the old password first, so an unknown user reads as a wrong one
            throw new CredentialException(Kind.DENIED, "old password not correct for " + user);
        }
        if (!hasher.matches(oldPassword, stored.salt(), stored.iterations(), stored.hash())) {
            throw new CredentialException(Kind.DENIED, "old password not correct for " + user);
        }
        users.put(
                user,
                newCredential(user, newPassword)
                        .withDescription(description == null ? stored.description() : description));
        persist();
    }

    /**
     * Changes only a user's description (Milvus 2.6's UpdateCredential carrying a description and
     * no new password): the password is kept and not asked for; empty clears the description.
     */
    public synchronized void updateDescription(String user, String description) throws CredentialException {
        validateDescription(description);
        ensureRoot();
        StoredCredential stored = users.get(user);
        if (stored == null) {
            throw new CredentialException(Kind.NOT_FOUND, "user not found: " + user);
        }
        users.put(user, stored.withDescription(description));
        persist();
    }

    /** @return the user's description; empty when it has none or does not exist */
    public synchronized String description(String user) {
        ensureRoot();
        StoredCredential stored = users.get(user);
        return stored == null ? "" : stored.description();
    }

    /** Deletes a user; {@code root} cannot be deleted. Deleting an unknown user succeeds, as in Milvus. */
    public synchronized void delete(String user) throws CredentialException {
        if (ROOT_USER.equals(user)) {
            throw new CredentialException(Kind.DENIED, "root user cannot be deleted");
        }
        ensureRoot();
        if (users.remove(user) != null) {
            persist();
        }
    }

    /** The user names, sorted. */
    public synchronized List<String> listUsers() {
        ensureRoot();
        return List.copyOf(users.keySet());
    }

    /** Every user's stored hash as BackupRBAC carries it, by user name (sorted). */
    synchronized Map<String, String> passwordHashes() {
        ensureRoot();
        Map<String, String> out = new TreeMap<>();
        users.forEach((name, c) -> out.put(name, c.encodedHash()));
        return out;
    }

    /**
     * Checks one user of a RestoreRBAC: a valid name that does not exist yet and a hash this
     * store can check.
     */
    synchronized void checkRestorable(String user, String encodedHash) throws CredentialException {
        validateUser(user);
        ensureRoot();
        if (users.containsKey(user)) {
            throw new CredentialException(Kind.ALREADY_EXISTS, "user [" + user + "] already exists");
        }
        if (StoredCredential.fromEncodedHash(user, encodedHash) == null) {
            throw new CredentialException(
                    Kind.INVALID_ARGUMENT,
                    "the password of user [" + user + "] is not a pbkdf2_sha256 hash made by this server");
        }
    }

    /** Adds the users of a RestoreRBAC, checked by {@link #checkRestorable}, with their hashes. */
    synchronized void restore(Map<String, String> hashesByUser) {
        ensureRoot();
        hashesByUser.forEach((user, hash) -> users.put(user, StoredCredential.fromEncodedHash(user, hash)));
        persist();
    }

    /** Creates the root user of a first start, once, before anything reads or changes the users. */
    private synchronized void ensureRoot() {
        if (pendingRootPassword != null) {
            users.put(ROOT_USER, newCredential(ROOT_USER, pendingRootPassword));
            pendingRootPassword = null;
            persist();
        }
    }

    private StoredCredential decoy() {
        StoredCredential d = decoy;
        if (d == null) {
            synchronized (this) {
                d = decoy;
                if (d == null) {
                    byte[] salt = hasher.newSalt();
                    d = new StoredCredential(
                            "", PasswordHasher.ITERATIONS, salt, hasher.hash("decoy", salt, PasswordHasher.ITERATIONS));
                    decoy = d;
                }
            }
        }
        return d;
    }

    private StoredCredential newCredential(String user, String password) {
        byte[] salt = hasher.newSalt();
        return new StoredCredential(
                user, PasswordHasher.ITERATIONS, salt, hasher.hash(password, salt, PasswordHasher.ITERATIONS));
    }

    private static void validateUser(String user) throws CredentialException {
        if (user == null || user.isEmpty()) {
            throw new CredentialException(Kind.INVALID_ARGUMENT, "username must be not empty");
        }
        if (user.length() > MAX_USER_CHARS) {
            throw new CredentialException(
                    Kind.INVALID_ARGUMENT,
                    "invalid username " + user + ". the length of username must be not greater than " + MAX_USER_CHARS
                            + " characters.");
        }
        if (!Character.isLetter(user.charAt(0)) || user.charAt(0) > 127) {
            throw new CredentialException(
                    Kind.INVALID_ARGUMENT,
                    "invalid username " + user + ". the first character of username must be a letter.");
        }
        for (int i = 1; i < user.length(); i++) {
            char c = user.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
            if (!ok) {
                throw new CredentialException(
                        Kind.INVALID_ARGUMENT,
                        "invalid username " + user
                                + ". Username should only contain numbers, letters, and underscores.");
            }
        }
    }

    /**
     * Milvus 2.6 (internal/proxy, ValidateUserDescription; proxy.maxUserDescriptionLength, default
     * 1024) limits a user description to 1024 bytes of UTF-8.
     */
    private static void validateDescription(String description) throws CredentialException {
        if (description == null) {
            return;
        }
        int bytes = description.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_DESCRIPTION_BYTES) {
            throw new CredentialException(
                    Kind.INVALID_ARGUMENT,
                    "the length of user description (" + bytes + " bytes) exceeds the limit of " + MAX_DESCRIPTION_BYTES
                            + " bytes");
        }
    }

    private static void validatePassword(String password) throws CredentialException {
        if (password == null || password.length() < MIN_PASSWORD_CHARS || password.length() > MAX_PASSWORD_CHARS) {
            throw new CredentialException(
                    Kind.INVALID_ARGUMENT,
                    "invalid password length: The length of password must be great than " + MIN_PASSWORD_CHARS
                            + " and less than " + MAX_PASSWORD_CHARS + " characters.");
        }
    }

    private synchronized void load(String rootPassword) {
        try {
            if (Files.exists(file)) {
                OwnerOnlyFiles.restrict(file); // a file written by an older version was 0644
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        StoredCredential c = StoredCredential.parse(line);
                        users.put(c.user(), c);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read credentials from " + file, e);
        }
        if (!users.containsKey(ROOT_USER)) {
            pendingRootPassword = rootPassword; // hashed on first use: start-up stays fast
        }
    }

    private void persist() {
        verified.clear();
        List<String> lines = new ArrayList<>();
        users.values().forEach(c -> lines.add(c.toLine()));
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            OwnerOnlyFiles.writeAtomically(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write credentials to " + file, e);
        }
    }

    private static String digest(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
