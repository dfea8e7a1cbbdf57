package io.partita.interop;

import java.util.Objects;

/**
 * What one client reported for one scenario step: the legacy {@code error_code} and the 2.3+
 * {@code code} as far as the client exposes them ({@code null} when it does not), and the reason.
 * Success is {@code errorCode = 0}, {@code code = 0}, reason {@code ""}. Immutable.
 */
public final class Observed {
    private final String step;
    private final Integer errorCode;
    private final Integer code;
    private final String reason;

    private Observed(String step, Integer errorCode, Integer code, String reason) {
        this.step = Objects.requireNonNull(step, "step");
        this.errorCode = errorCode;
        this.code = code;
        this.reason = reason == null ? "" : reason;
    }

    /** A step that succeeded. */
    public static Observed success(String step) {
        return new Observed(step, 0, 0, "");
    }

    /** A failure as seen by a client; pass {@code null} for a code the client does not expose. */
    public static Observed failure(String step, Integer errorCode, Integer code, String reason) {
        return new Observed(step, errorCode, code, reason);
    }

    public String step() {
        return step;
    }

    public Integer errorCode() {
        return errorCode;
    }

    public Integer code() {
        return code;
    }

    public String reason() {
        return reason;
    }

    /** One tab-separated line: step, error_code, code, reason ({@code -} for an unexposed code). */
    public String toTsv() {
        return step
                + '\t'
                + (errorCode == null ? "-" : errorCode)
                + '\t'
                + (code == null ? "-" : code)
                + '\t'
                + reason.replace('\t', ' ').replace('\n', ' ');
    }

    @Override
    public String toString() {
        return "step " + step + ": error_code=" + errorCode + " code=" + code + " reason='" + reason + "'";
    }
}
