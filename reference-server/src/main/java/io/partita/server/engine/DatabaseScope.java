package io.partita.server.engine;

import java.util.function.Supplier;

/**
 * The database the current call runs in. The transport sets it around each call (from the
 * request's {@code db_name} or the {@code dbname} header) and an engine serving several
 * databases reads it; on a thread that set nothing it is {@link #DEFAULT}.
 */
public final class DatabaseScope {
    /** Milvus's default database. */
    public static final String DEFAULT = "default";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private DatabaseScope() {}

    /** Runs {@code body} in database {@code db} (empty or null = default). */
    public static <T> T in(String db, Supplier<T> body) {
        String previous = CURRENT.get();
        CURRENT.set(db == null || db.isEmpty() ? DEFAULT : db);
        try {
            return body.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The database of the current call. */
    public static String current() {
        String db = CURRENT.get();
        return db == null ? DEFAULT : db;
    }
}
