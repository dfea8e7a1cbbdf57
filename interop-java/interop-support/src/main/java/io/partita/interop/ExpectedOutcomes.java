package io.partita.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The table every client is held to: per scenario step, the legacy {@code error_code}, the 2.3+
 * {@code code} and the reason (a regular expression matched against the whole reason), read from
 * the classpath resource {@code scenario-<profile>.tsv} next to this class. The rows are
 * SEMANTICS.md's, with Milvus's {@code %d}/{@code %v} placeholders written as {@code \d+} /
 * {@code \[[\d ]*\]}. Immutable and thread-safe.
 */
public final class ExpectedOutcomes {
    private final String profile;
    private final Map<String, Row> rows;

    private ExpectedOutcomes(String profile, Map<String, Row> rows) {
        this.profile = profile;
        this.rows = Collections.unmodifiableMap(rows);
    }

    /** Loads the table of one server profile, e.g. {@code milvus-2.1}. */
    public static ExpectedOutcomes forProfile(String profile) {
        String name = "scenario-" + profile + ".tsv";
        try (InputStream in = ExpectedOutcomes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "no expected-outcome table for profile '" + profile + "' (" + name + ")");
            }
            Map<String, Row> rows = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalStateException(
                            name + ": expected 4 tab-separated fields, got " + f.length + " in: " + line);
                }
                rows.put(f[0], new Row(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Pattern.compile(f[3])));
            }
            return new ExpectedOutcomes(profile, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The step names of the table, in file order. */
    public Iterable<String> steps() {
        return rows.keySet();
    }

    /**
     * Throws an {@link AssertionError} naming the step, the field, the expected and the observed
     * value when {@code observed} differs from the table; codes the client does not expose
     * ({@code null}) are not compared.
     */
    public void check(Observed observed) {
        Row row = rows.get(observed.step());
        if (row == null) {
            throw new AssertionError("step '" + observed.step() + "' is not in the " + profile + " table");
        }
        if (observed.errorCode() != null && observed.errorCode() != row.errorCode) {
            throw new AssertionError(observed.step() + ": expected error_code " + row.errorCode
                    + " but the client reported " + observed.errorCode() + " (" + observed + ")");
        }
        if (observed.code() != null && observed.code() != row.code) {
            throw new AssertionError(observed.step() + ": expected code " + row.code + " but the client reported "
                    + observed.code() + " (" + observed + ")");
        }
        if (!row.reason.matcher(withoutProfileHint(observed.reason())).matches()) {
            throw new AssertionError(observed.step() + ": expected a reason matching /" + row.reason.pattern()
                    + "/ but the client reported '" + observed.reason() + "'");
        }
    }

    /**
     * The reason without the sentence the server appends for a client that announced a newer SDK
     * in {@code Connect} (the official 2.6 clients do; 2.1.0 and Partita's do not): "Profile
     * milvus-2.3 would accept this call: the server follows milvus-2.1 (start it with --profile
     * milvus-2.3)." The table holds the rule's own reason, which every client sees.
     */
    static String withoutProfileHint(String reason) {
        return PROFILE_HINT.matcher(reason).replaceFirst("");
    }

    private static final Pattern PROFILE_HINT =
            Pattern.compile("\\. Profile (milvus-[\\d.]+) would accept this call: the server follows milvus-[\\d.]+"
                    + " \\(start it with --profile \\1\\)\\.$");

    private static final class Row {
        final int errorCode;
        final int code;
        final Pattern reason;

        Row(int errorCode, int code, Pattern reason) {
            this.errorCode = errorCode;
            this.code = code;
            this.reason = reason;
        }
    }
}
