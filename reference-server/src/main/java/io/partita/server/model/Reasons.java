package io.partita.server.model;

/**
 * The one bound on error reasons sent to clients: reasons often echo input (a name, an
 * expression, a value), and input may be megabytes long, so a reason longer than
 * {@link #MAX_CHARS} keeps its head and says how much was cut. {@link EngineException} applies
 * it to every reason it carries, and the HTTP layer to the bodies it answers before the engine
 * is reached. Stateless.
 */
public final class Reasons {
    /** Longest reason sent whole; every Milvus reason with a sane input fits. */
    public static final int MAX_CHARS = 1024;

    private Reasons() {}

    /** {@code reason} itself when short enough, else its first {@link #MAX_CHARS} characters and a marker. */
    public static String bounded(String reason) {
        if (reason == null || reason.length() <= MAX_CHARS) {
            return reason;
        }
        int cut = MAX_CHARS;
        if (Character.isHighSurrogate(reason.charAt(cut - 1))) {
            cut--; // never split a surrogate pair
        }
        return reason.substring(0, cut) + "...(" + (reason.length() - cut) + " more characters)";
    }
}
