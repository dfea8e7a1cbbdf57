package io.partita.server.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * SQL LIKE matching: {@code %} matches any run of characters (also none), {@code _} exactly one
 * character (a Unicode code point), and a backslash makes the next character literal
 * ({@code \%}, {@code \_}, {@code \\}); a trailing lone backslash is literal. The whole value
 * must match. Exact, prefix, suffix and infix patterns get a direct string test.
 */
final class LikePattern {
    private static final int ANY_RUN = -1;
    private static final int ANY_ONE = -2;

    private LikePattern() {}

    /** Compiles {@code pattern} to an immutable, thread-safe predicate over whole values. */
    static Predicate<String> compile(String pattern) {
        int[] tokens = tokenize(pattern);
        List<String> literals = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean sawOne = false;
        for (int t : tokens) {
            if (t == ANY_ONE) {
                sawOne = true;
            }
            if (t < 0) {
                literals.add(run.toString());
                run.setLength(0);
            } else {
                run.appendCodePoint(t);
            }
        }
        literals.add(run.toString());
        if (!sawOne) {
            Predicate<String> simple = simpleShape(tokens, literals);
            if (simple != null) {
                return simple;
            }
        }
        return value -> matches(tokens, value.codePoints().toArray());
    }

    /** The fast shapes: exact, {@code p%}, {@code %s}, {@code %i%}; null for anything else. */
    private static Predicate<String> simpleShape(int[] tokens, List<String> literals) {
        int wildcards = literals.size() - 1;
        if (wildcards == 0) {
            String exact = literals.get(0);
            return exact::equals;
        }
        boolean startsWild = tokens.length > 0 && tokens[0] == ANY_RUN;
        boolean endsWild = tokens.length > 0 && tokens[tokens.length - 1] == ANY_RUN;
        if (wildcards == 1 && endsWild) {
            String prefix = literals.get(0);
            return value -> value.startsWith(prefix);
        }
        if (wildcards == 1 && startsWild) {
            String suffix = literals.get(1);
            return value -> value.endsWith(suffix);
        }
        if (wildcards == 2 && startsWild && endsWild) {
            String infix = literals.get(1);
            return value -> value.contains(infix);
        }
        return null;
    }

    private static int[] tokenize(String pattern) {
        int[] cps = pattern.codePoints().toArray();
        int[] out = new int[cps.length];
        int n = 0;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == '\\' && i + 1 < cps.length) {
                out[n++] = cps[++i];
            } else if (c == '%') {
                if (n == 0 || out[n - 1] != ANY_RUN) { // consecutive % are one
                    out[n++] = ANY_RUN;
                }
            } else if (c == '_') {
                out[n++] = ANY_ONE;
            } else {
                out[n++] = c;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Greedy wildcard matching with one backtrack point per {@code %}: O(pattern x value). */
    private static boolean matches(int[] p, int[] v) {
        int pi = 0;
        int vi = 0;
        int starP = -1;
        int starV = 0;
        while (vi < v.length) {
            if (pi < p.length && (p[pi] == ANY_ONE || p[pi] == v[vi])) {
                pi++;
                vi++;
            } else if (pi < p.length && p[pi] == ANY_RUN) {
                starP = pi++;
                starV = vi;
            } else if (starP >= 0) {
                pi = starP + 1;
                vi = ++starV;
            } else {
                return false;
            }
        }
        while (pi < p.length && p[pi] == ANY_RUN) {
            pi++;
        }
        return pi == p.length;
    }
}
