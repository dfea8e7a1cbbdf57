package io.partita.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares one client's outcomes with another client's recorded file ({@link OutcomeLog#write}):
 * for every step both recorded, the legacy error_code and the 2.3+ code must be equal where both
 * clients expose them, and the reasons equal once digit runs (collection and partition IDs) are
 * masked and the profile hint for clients announcing a newer SDK
 * ({@link ExpectedOutcomes#withoutProfileHint}) is set aside. Stateless.
 */
public final class OutcomeComparison {
    private OutcomeComparison() {}

    /** Reads a file written by {@link OutcomeLog#write}. */
    public static Map<String, Observed> read(Path tsv) throws IOException {
        Map<String, Observed> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IllegalStateException(tsv + ": expected 4 tab-separated fields in: " + line);
            }
            out.put(f[0], Observed.failure(f[0], number(f[1]), number(f[2]), f[3]));
        }
        return out;
    }

    /** The differences, one sentence each; empty when the two agree on every common step. */
    public static List<String> differences(List<Observed> ours, Map<String, Observed> theirs, String theirName) {
        List<String> diffs = new ArrayList<>();
        for (Observed o : ours) {
            Observed t = theirs.get(o.step());
            if (t == null) {
                continue;
            }
            if (o.errorCode() != null && t.errorCode() != null && !o.errorCode().equals(t.errorCode())) {
                diffs.add(
                        o.step() + ": error_code " + o.errorCode() + " here, " + t.errorCode() + " with " + theirName);
            }
            if (o.code() != null && t.code() != null && !o.code().equals(t.code())) {
                diffs.add(o.step() + ": code " + o.code() + " here, " + t.code() + " with " + theirName);
            }
            if (!mask(o.reason()).equals(mask(t.reason()))) {
                diffs.add(o.step() + ": reason '" + o.reason() + "' here, '" + t.reason() + "' with " + theirName);
            }
        }
        return diffs;
    }

    private static String mask(String reason) {
        return ExpectedOutcomes.withoutProfileHint(reason).replaceAll("\\d+", "#");
    }

    private static Integer number(String field) {
        return "-".equals(field) ? null : Integer.valueOf(field);
    }
}
