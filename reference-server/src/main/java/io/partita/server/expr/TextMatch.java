package io.partita.server.expr;

import io.partita.server.expr.Evaluators.BoolEval;
import io.partita.server.expr.Evaluators.StringEval;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Text matching on a field with {@code enable_match}, text and query analyzed alike by the field's
 * analyzer; a null text matches nothing:
 *
 * <ul>
 *   <li>{@code text_match(field, 'words')}: the row's text holds at least one of the words' tokens
 *       (Milvus ORs the query's terms: docs "keyword-match.md");
 *   <li>{@code phrase_match(field, 'phrase', slop)}: the phrase's tokens occur in the text in the
 *       phrase's order, with at most {@code slop} other tokens between the first and the last
 *       (docs "phrase-match.md"; 0 means adjacent). Partita counts only in-order matches, where
 *       Milvus's engine (a sloppy phrase query) may also accept a swapped pair at a higher slop;
 *   <li>{@code text_match_fuzzy(field, 'words', max_edit_distance=N)}: as text_match, a text token
 *       matching a query token within N single-character insertions, deletions or substitutions
 *       (N from 0 to {@value #MAX_EDIT_DISTANCE}, the Levenshtein automata's range).
 * </ul>
 */
final class TextMatch {
    /** The largest edit distance a fuzzy match takes. */
    static final int MAX_EDIT_DISTANCE = 2;

    private TextMatch() {}

    static BoolEval eval(Operand field, String words) {
        Set<String> wanted = new HashSet<>(field.field().tokenizer().apply(words));
        return anyToken(field, wanted.isEmpty() ? null : wanted::contains);
    }

    static BoolEval fuzzy(Operand field, String words, int maxEdits) {
        List<String> wanted = field.field().tokenizer().apply(words);
        if (wanted.isEmpty()) {
            return anyToken(field, null);
        }
        return anyToken(field, token -> {
            for (String w : wanted) {
                if (withinEdits(token, w, maxEdits)) {
                    return true;
                }
            }
            return false;
        });
    }

    static BoolEval phrase(Operand field, String phrase, long slop) {
        Function<String, List<String>> tokenizer = field.field().tokenizer();
        List<String> terms = tokenizer.apply(phrase);
        StringEval text = field.string();
        if (terms.isEmpty()) {
            return row -> false;
        }
        return row -> {
            String t = text.eval(row);
            return t != null && inOrderWithin(tokenizer.apply(t), terms, slop);
        };
    }

    private static BoolEval anyToken(Operand field, Predicate<String> matches) {
        Function<String, List<String>> tokenizer = field.field().tokenizer();
        StringEval text = field.string();
        if (matches == null) {
            return row -> false;
        }
        return row -> {
            String t = text.eval(row);
            if (t == null) {
                return false;
            }
            for (String token : tokenizer.apply(t)) {
                if (matches.test(token)) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * Whether {@code terms} occur in {@code tokens} in order, starting at some occurrence of the
     * first term, each at the earliest position after the previous one, spanning at most
     * {@code terms.size() + slop} positions.
     */
    static boolean inOrderWithin(List<String> tokens, List<String> terms, long slop) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equals(terms.get(0))) {
                starts.add(i);
            }
        }
        for (int start : starts) {
            int at = start;
            boolean found = true;
            for (int k = 1; k < terms.size() && found; k++) {
                int next = tokens.subList(at + 1, tokens.size()).indexOf(terms.get(k));
                found = next >= 0;
                at = at + 1 + next;
            }
            if (found && (at - start) - (terms.size() - 1) <= slop) {
                return true;
            }
        }
        return false;
    }

    /** Levenshtein distance of {@code a} and {@code b} is at most {@code max} (banded, early exit). */
    static boolean withinEdits(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return false;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return false;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()] <= max;
    }
}
