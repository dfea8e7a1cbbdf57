package io.partita.server.expr;

import io.partita.server.expr.Evaluators.BoolEval;
import io.partita.server.expr.Evaluators.StringEval;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code text_match(field, 'words')}: true for a row whose text holds at least one of the words'
 * tokens (Milvus's text match ORs the query's terms: docs "keyword-match.md"), text and words
 * analyzed alike by the field's analyzer. A null text matches nothing.
 */
final class TextMatch {
    private TextMatch() {}

    static BoolEval eval(Operand field, String words) {
        Function<String, List<String>> tokenizer = field.field().tokenizer();
        Set<String> wanted = new HashSet<>(tokenizer.apply(words));
        StringEval text = field.string();
        if (wanted.isEmpty()) {
            return row -> false;
        }
        return row -> {
            String t = text.eval(row);
            if (t == null) {
                return false;
            }
            for (String token : tokenizer.apply(t)) {
                if (wanted.contains(token)) {
                    return true;
                }
            }
            return false;
        };
    }
}
