package io.partita.server.expr;

import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Expression templates (Milvus 2.4+: {@code expr_template_values} in Query, Search and Delete;
 * pymilvus {@code expr_params} / {@code filter_params}): {@code age > {a} and color in {cs}} with
 * the values {@code a = 18, cs = ["red"]}. Binding works on the grammar's own tokens: every
 * {@code LBRACE Identifier RBRACE} run outside string literals becomes the literal source of its
 * value ({@link Long}, {@link Double}, {@link Boolean}, {@link String} or a {@link List} of them),
 * so the bound text compiles exactly like a hand-written expression.
 *
 * <p>Error texts as Milvus's planparserv2 (internal/parser/planparserv2/fill_expression_value.go):
 * {@code the value of expression template variable name {x} is not found} and, after {@code in},
 * {@code the value of term expression template variable {x} is not array}.
 */
public final class FilterTemplates {
    private FilterTemplates() {}

    /**
     * {@code expression} with its placeholders replaced by the literals of {@code values}; the
     * expression itself when it has none.
     *
     * @throws ExpressionException for a placeholder without a value, a scalar after {@code in}, or
     *     a value that has no literal form (NaN, infinity, an unsupported type)
     */
    public static String bind(String expression, Map<String, Object> values) {
        if (expression == null || expression.indexOf('{') < 0) {
            return expression;
        }
        FilterExprLexer lexer = new FilterExprLexer(CharStreams.fromString(expression));
        lexer.removeErrorListeners();
        List<? extends Token> tokens = lexer.getAllTokens();
        StringBuilder out = new StringBuilder(expression.length() + 16);
        int copied = 0; // index in expression up to which the source has been copied
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() != FilterExprLexer.LBRACE
                    || i + 2 >= tokens.size()
                    || tokens.get(i + 1).getType() != FilterExprLexer.Identifier
                    || tokens.get(i + 2).getType() != FilterExprLexer.RBRACE) {
                continue; // a lone brace stays, and the parser reports it
            }
            String name = tokens.get(i + 1).getText();
            int column = ExpressionCompiler.column(t);
            if (!values.containsKey(name)) {
                throw new ExpressionException(
                        "the value of expression template variable name {" + name + "} is not found", column);
            }
            Object value = values.get(name);
            if (i > 0 && tokens.get(i - 1).getType() == FilterExprLexer.IN && !(value instanceof List)) {
                throw new ExpressionException(
                        "the value of term expression template variable {" + name + "} is not array", column);
            }
            // token indices count code points; the source is copied by code point offsets
            out.append(codePoints(expression, copied, t.getStartIndex()));
            literal(name, value, column, out);
            copied = tokens.get(i + 2).getStopIndex() + 1;
            i += 2;
        }
        out.append(codePoints(expression, copied, expression.codePointCount(0, expression.length())));
        return out.toString();
    }

    private static String codePoints(String s, int from, int to) {
        return s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to));
    }

    private static void literal(String name, Object value, int column, StringBuilder out) {
        if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new ExpressionException(
                        "the value of expression template variable {" + name + "} is not a finite number", column);
            }
            out.append(d);
        } else if (value instanceof String s) {
            out.append('"');
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                switch (c) {
                    case '"', '\\' -> out.append('\\').append(c);
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
            out.append('"');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int k = 0; k < list.size(); k++) {
                if (k > 0) {
                    out.append(", ");
                }
                literal(name, list.get(k), column, out);
            }
            out.append(']');
        } else {
            throw new ExpressionException(
                    "the value of expression template variable {" + name + "} has an unsupported type", column);
        }
    }
}
