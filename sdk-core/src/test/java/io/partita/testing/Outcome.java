package io.partita.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.exception.MilvusServerException;
import io.partita.exception.MilvusTransportException;
import io.partita.param.R;
import io.partita.transport.TransportFailure;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One expected outcome of a call in the contract suite: success (optionally with an exact value
 * taken from the answer), a server error (legacy {@code error_code}, 2.3+ {@code code}, reason),
 * or a transport failure. Immutable.
 *
 * <p>Reasons are templates: {@code {name}}, {@code {collectionId}}, {@code {p1Id}} and
 * {@code {p2Id}} stand for the names and server-assigned ids of the test's {@link
 * ContractSupport.Fixture}. A reason is matched exactly, by containment ({@link #code}, the
 * SEMANTICS.md 2.3 column's form), or as a pattern ({@link #errorMatching}) where the server adds
 * values the client cannot know: in a pattern, {@code {n}} stands for a number (a node id, a
 * segment id) and {@code {*}} for any text (a channel name); everything else is literal.
 */
public final class Outcome {

    private enum Kind {
        SUCCESS,
        SERVER_ERROR,
        TRANSPORT_FAILURE
    }

    private enum Match {
        EXACT,
        CONTAINS,
        PATTERN
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(name|collectionId|p1Id|p2Id|n|\\*)}");

    private final Kind kind;
    private final Integer errorCode;
    private final Integer code;
    private final String reason;
    private final Match match;
    private final TransportFailure failure;
    private final Object value;
    private final String why;

    private Outcome(
            Kind kind,
            Integer errorCode,
            Integer code,
            String reason,
            Match match,
            TransportFailure failure,
            Object value,
            String why) {
        this.kind = kind;
        this.errorCode = errorCode;
        this.code = code;
        this.reason = reason;
        this.match = match;
        this.failure = failure;
        this.value = value;
        this.why = why;
    }

    /** @return success, whatever the answer holds */
    public static Outcome success() {
        return new Outcome(Kind.SUCCESS, null, null, null, null, null, null, null);
    }

    /** @return success whose value, as the test extracts it, renders as {@code String.valueOf(value)} */
    public static Outcome success(Object value) {
        return new Outcome(Kind.SUCCESS, null, null, null, null, null, Objects.requireNonNull(value, "value"), null);
    }

    /** @return a server error with this legacy {@code error_code} (also the result's status) and exactly this reason */
    public static Outcome error(int errorCode, String reason) {
        return new Outcome(Kind.SERVER_ERROR, errorCode, null, reason, Match.EXACT, null, null, null);
    }

    /** @return a server error with this legacy {@code error_code} whose reason matches this pattern entirely */
    public static Outcome errorMatching(int errorCode, String reasonPattern) {
        return new Outcome(Kind.SERVER_ERROR, errorCode, null, reasonPattern, Match.PATTERN, null, null, null);
    }

    /** @return a server error with this 2.3+ {@code code} whose reason contains this text */
    public static Outcome code(int code, String reasonContains) {
        return new Outcome(Kind.SERVER_ERROR, null, code, reasonContains, Match.CONTAINS, null, null, null);
    }

    /** @return a server error with exactly this reason, whatever its codes */
    public static Outcome reason(String reason) {
        return new Outcome(Kind.SERVER_ERROR, null, null, reason, Match.EXACT, null, null, null);
    }

    /** @return a transport failure of this kind, e.g. UNIMPLEMENTED for an RPC the server does not offer */
    public static Outcome failure(TransportFailure failure) {
        return new Outcome(
                Kind.TRANSPORT_FAILURE, null, null, null, null, Objects.requireNonNull(failure, "failure"), null, null);
    }

    /** @return this server error, also requiring this 2.3+ {@code code} */
    public Outcome withCode(int serverCode) {
        if (kind != Kind.SERVER_ERROR) {
            throw new IllegalStateException("only a server error has a code: " + this);
        }
        return new Outcome(kind, errorCode, serverCode, reason, match, failure, value, why);
    }

    /** @return this outcome with the one-line reason a server table gives for expecting it */
    public Outcome because(String reasonForOverride) {
        return new Outcome(
                kind, errorCode, code, reason, match, failure, value, Objects.requireNonNull(reasonForOverride, "why"));
    }

    /** @return why a server table expects this outcome, or {@code null} for SEMANTICS.md's own */
    public String why() {
        return why;
    }

    /** @return whether this is a transport failure of this kind */
    public boolean is(TransportFailure kindOfFailure) {
        return kind == Kind.TRANSPORT_FAILURE && failure == kindOfFailure;
    }

    /** @return whether this expects success */
    public boolean isSuccess() {
        return kind == Kind.SUCCESS;
    }

    /**
     * Asserts that {@code r} is this outcome.
     *
     * @param check the suite's name for the call, shown on failure
     * @param vars the values of the reason's placeholders
     * @param valueOf what of a successful answer {@link #success(Object)} compares
     */
    public <T> void assertMatches(String check, Map<String, ?> vars, R<T> r, Function<? super T, ?> valueOf) {
        String about = check + ": expected " + describe(vars) + (why == null ? "" : " (" + why + ")") + "; observed "
                + observed(r, valueOf);
        switch (kind) {
            case SUCCESS:
                assertThat(r.getStatus()).as(about).isZero();
                if (value != null) {
                    assertThat(String.valueOf(valueOf.apply(r.getData())))
                            .as(about)
                            .isEqualTo(String.valueOf(value));
                }
                break;
            case TRANSPORT_FAILURE:
                assertThat(r.getException()).as(about).isInstanceOf(MilvusTransportException.class);
                assertThat(((MilvusTransportException) r.getException()).getFailure())
                        .as(about)
                        .isEqualTo(failure);
                assertThat(r.getStatus()).as(about).isEqualTo(failure.getCode());
                break;
            default:
                assertThat(r.getException()).as(about).isInstanceOf(MilvusServerException.class);
                MilvusServerException e = (MilvusServerException) r.getException();
                if (errorCode != null) {
                    assertThat(e.getErrorCode()).as(about).isEqualTo(errorCode);
                    assertThat(r.getStatus()).as(about).isEqualTo(errorCode);
                }
                if (code != null) {
                    assertThat(e.getServerCode()).as(about).isEqualTo(code);
                }
                assertThat(reasonMatches(e.getReason(), vars)).as(about).isTrue();
        }
    }

    private boolean reasonMatches(String actual, Map<String, ?> vars) {
        switch (match) {
            case EXACT:
                return actual.equals(fill(reason, vars, false));
            case CONTAINS:
                return actual.contains(fill(reason, vars, false));
            default:
                return Pattern.compile(fill(reason, vars, true), Pattern.DOTALL)
                        .matcher(actual)
                        .matches();
        }
    }

    /** @return the template with its placeholders filled in; as a regular expression when {@code regex} */
    private static String fill(String template, Map<String, ?> vars, boolean regex) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        int literalFrom = 0;
        while (m.find()) {
            String literal = template.substring(literalFrom, m.start());
            out.append(regex && !literal.isEmpty() ? Pattern.quote(literal) : literal);
            literalFrom = m.end();
            String name = m.group(1);
            if (name.equals("n") || name.equals("*")) {
                out.append(!regex ? m.group() : name.equals("n") ? "[0-9]+" : ".*");
                continue;
            }
            Object v = vars.get(name);
            if (v == null) {
                throw new IllegalArgumentException("no value for placeholder " + m.group() + " in: " + template);
            }
            out.append(regex ? Pattern.quote(String.valueOf(v)) : String.valueOf(v));
        }
        String tail = template.substring(literalFrom);
        return out.append(regex && !tail.isEmpty() ? Pattern.quote(tail) : tail).toString();
    }

    private String describe(Map<String, ?> vars) {
        switch (kind) {
            case SUCCESS:
                return value == null ? "success" : "success with " + value;
            case TRANSPORT_FAILURE:
                return "transport failure " + failure;
            default:
                return "server error" + (errorCode == null ? "" : " error_code=" + errorCode)
                        + (code == null ? "" : " code=" + code) + " reason "
                        + match.name().toLowerCase() + " \"" + fill(reason, vars, false) + "\"";
        }
    }

    /** @return the result in the terms of this class, so a new observation can be copied into a server table */
    static <T> String observed(R<T> r, Function<? super T, ?> valueOf) {
        if (r.getException() instanceof MilvusServerException) {
            MilvusServerException e = (MilvusServerException) r.getException();
            return "server error error_code=" + e.getErrorCode() + " code=" + e.getServerCode() + " reason \""
                    + e.getReason() + "\"";
        }
        if (r.getException() instanceof MilvusTransportException) {
            return "transport failure " + ((MilvusTransportException) r.getException()).getFailure() + ": "
                    + r.getMessage();
        }
        if (r.getStatus() != 0) {
            return "status " + r.getStatus() + ": " + r.getMessage();
        }
        try {
            return "success with " + valueOf.apply(r.getData());
        } catch (RuntimeException e) {
            return "success (" + e + ")";
        }
    }

    @Override
    public String toString() {
        return describe(Map.of("name", "{name}", "collectionId", "{collectionId}", "p1Id", "{p1Id}", "p2Id", "{p2Id}"));
    }
}
