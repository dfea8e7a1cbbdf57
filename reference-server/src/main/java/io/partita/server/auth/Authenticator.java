package io.partita.server.auth;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The one login check both ports run: parses the credentials ({@link CredentialHeader}), refuses
 * at once while the user or the client address is locked by the {@link LoginThrottle} policy,
 * and otherwise checks the password against the {@link CredentialStore} in constant time.
 * Thread-safe. Never logs or echoes passwords.
 */
public final class Authenticator {
    /** The reason for a missing credential. */
    public static final String MISSING = "missing authorization in header";
    /** The reason for a wrong user or password, as Milvus words it. */
    public static final String FAILED = "auth check failure, please check username and password are correct";

    private final CredentialStore store;
    private final LoginThrottle throttle;

    public Authenticator(CredentialStore store) {
        this(store, System::nanoTime);
    }

    /** @param nanoClock monotonic time in nanoseconds (tests pass a fake one) */
    public Authenticator(CredentialStore store, LongSupplier nanoClock) {
        this.store = Objects.requireNonNull(store, "store");
        this.throttle = new LoginThrottle(nanoClock);
    }

    /**
     * Checks one call's credentials.
     *
     * @param authorization the header or metadata value, null when absent
     * @param address the client's address (no port), used for throttling; null when unknown
     * @return null when accepted, else the reason to refuse
     */
    public String refusal(String authorization, String address) {
        CredentialHeader c = CredentialHeader.parse(authorization);
        if (c == null) {
            return authorization == null || authorization.isBlank() ? MISSING : FAILED;
        }
        long locked = throttle.lockedForNanos(c.user(), address);
        if (locked > 0) {
            return "too many failed logins for this user or from this address; retry in "
                    + Math.max(1, (locked + 999_999_999L) / 1_000_000_000L) + " s";
        }
        if (store.authenticate(c.user(), c.password())) {
            throttle.succeeded(c.user(), address);
            return null;
        }
        throttle.failed(c.user(), address);
        return FAILED;
    }
}
