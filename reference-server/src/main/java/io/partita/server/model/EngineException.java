package io.partita.server.model;

/**
 * The one error the engine raises for a request it refuses. It carries exactly what a
 * {@code common.Status} needs, so adapters copy the fields and add nothing:
 * <ul>
 *   <li>{@link #legacyCode()} — the deprecated {@code ErrorCode} number ({@code error_code});</li>
 *   <li>{@link #code()} — the 2.3+ {@code code};</li>
 *   <li>{@link #reason()} — the exact reason text clients match on (also the message);</li>
 *   <li>{@link #retriable()}.</li>
 * </ul>
 * Any other exception escaping the engine is a bug, not a client mistake. The reason is bounded
 * by {@link Reasons#bounded} here, the one place every refusal passes.
 */
public class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int legacyCode;
    private final int code;
    private final boolean retriable;

    public EngineException(int legacyCode, int code, String reason, boolean retriable) {
        super(Reasons.bounded(reason));
        this.legacyCode = legacyCode;
        this.code = code;
        this.retriable = retriable;
    }

    public EngineException(int legacyCode, int code, String reason, Throwable cause) {
        super(Reasons.bounded(reason), cause);
        this.legacyCode = legacyCode;
        this.code = code;
        this.retriable = false;
    }

    /** A non-retriable error whose 2.3+ code follows from the legacy one ({@link ErrorCodes#codeFor}). */
    public static EngineException legacy(int legacyCode, String reason) {
        return new EngineException(legacyCode, ErrorCodes.codeFor(legacyCode), reason, false);
    }

    /** A non-retriable error with an explicit 2.3+ code. */
    public static EngineException of(int legacyCode, int code, String reason) {
        return new EngineException(legacyCode, code, reason, false);
    }

    /** The deprecated {@code common.ErrorCode} value (never 0). */
    public int legacyCode() {
        return legacyCode;
    }

    /** The 2.3+ {@code Status.code} (never 0). */
    public int code() {
        return code;
    }

    /** The exact reason text. */
    public String reason() {
        return getMessage();
    }

    /** Whether the client may retry the same request unchanged. */
    public boolean retriable() {
        return retriable;
    }
}
