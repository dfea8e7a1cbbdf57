package io.partita.server.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows password guessing, per user and per client address. The policy:
 *
 * <ul>
 *   <li>a user may fail {@link #USER_FREE_FAILURES} times in a row, an address
 *       {@link #ADDRESS_FREE_FAILURES} times, before being locked;</li>
 *   <li>each further failure locks for twice as long as the last, from 1 s up to 60 s;</li>
 *   <li>while locked, attempts are refused at once, without hashing the password, so refusing
 *       costs almost nothing and an attacker gains no guesses;</li>
 *   <li>a successful login clears its user and its address.</li>
 * </ul>
 *
 * <p>At most {@link #MAX_TRACKED} users and addresses are tracked each; past that the oldest
 * state is forgotten. Thread-safe.
 */
final class LoginThrottle {
    static final int USER_FREE_FAILURES = 5;
    static final int ADDRESS_FREE_FAILURES = 20;
    static final long FIRST_LOCK_NANOS = 1_000_000_000L;
    static final long MAX_LOCK_NANOS = 60_000_000_000L;
    static final int MAX_TRACKED = 10_000;

    private final LongSupplier nanoClock;
    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Nanoseconds until {@code user} or {@code address} may try again; 0 when not locked. */
    long lockedForNanos(String user, String address) {
        long now = nanoClock.getAsLong();
        return Math.max(remaining(byUser.get(user), now), remaining(byAddress.get(address), now));
    }

    void failed(String user, String address) {
        long now = nanoClock.getAsLong();
        record(byUser, user, USER_FREE_FAILURES, now);
        record(byAddress, address, ADDRESS_FREE_FAILURES, now);
    }

    void succeeded(String user, String address) {
        byUser.remove(user);
        byAddress.remove(address);
    }

    private static long remaining(Failures f, long now) {
        return f == null ? 0 : Math.max(0, f.lockedUntil - now);
    }

    private static void record(Map<String, Failures> map, String key, int free, long now) {
        if (key == null) {
            return;
        }
        if (map.size() >= MAX_TRACKED && !map.containsKey(key)) {
            map.clear(); // bounded memory; forgetting only ever lets someone try again sooner
        }
        map.compute(key, (k, f) -> {
            int count = f == null ? 1 : f.count + 1;
            long until = 0;
            if (count > free) {
                int doublings = Math.min(count - free - 1, 6);
                until = now + Math.min(MAX_LOCK_NANOS, FIRST_LOCK_NANOS << doublings);
            }
            return new Failures(count, until);
        });
    }

    private record Failures(int count, long lockedUntil) {}
}
