package io.partita.server.expr;

import java.util.List;
import java.util.Optional;

/**
 * Compiles Milvus boolean filter expressions ({@code age > 18 and name like "a%"}) into
 * {@link RowFilter}s.
 *
 * <p>The language: integer (decimal, {@code 0x}, {@code 0b}, leading-0 octal), floating
 * ({@code 1.5}, {@code .5}, {@code 1e-3}), boolean ({@code true/True/TRUE}, likewise false) and
 * string literals ({@code "..."} or {@code '...'} with C-style escapes); field names; arithmetic
 * {@code + - * / % **} and unary {@code + -}; comparisons {@code == != < <= > >=} and chained
 * ranges {@code 1 < x <= 5}; {@code x in [..]}, {@code x not in [..]}; {@code s like "a%b_"};
 * {@code not}/{@code !}, {@code and}/{@code &&}, {@code or}/{@code ||}. Precedence from loosest:
 * or, and, not, comparison, {@code + -}, {@code * / %}, unary sign, {@code **}.
 *
 * <p>Stateless and thread-safe.
 */
public final class FilterExpressions {
    private FilterExpressions() {}

    /**
     * The expression as an error reason quotes it: whole when short, else its first 256 chars and
     * its length (a refusal of a 16 MB filter does not send the filter back).
     */
    public static String shown(String expression) {
        if (expression == null || expression.length() <= 1024) {
            return expression;
        }
        return expression.substring(0, 256) + "... (" + expression.length() + " characters)";
    }

    /**
     * Parses and type-checks {@code expression} against {@code fields} and returns a reusable
     * filter. Field indices passed to {@link RowAccessor#get(int)} are positions in {@code fields}.
     *
     * @throws ExpressionException for an empty expression, a syntax error, an unknown field, a
     *     type mismatch, or an evaluator tree deeper than 1,000 levels (a long arithmetic chain);
     *     the message names the token, field or value and its column
     */
    public static RowFilter compile(String expression, List<FieldRef> fields) throws ExpressionException {
        try {
            FilterExprParser.FilterContext tree = ExpressionParsing.parse(expression);
            EvaluationDepth.check(tree);
            ExpressionCompiler compiler = new ExpressionCompiler(List.copyOf(fields));
            Evaluators.BoolEval root = compiler.compileFilter(tree);
            return new CompiledFilter(root, compiler.referencedFields(), expression);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    /**
     * The primary keys an expression selects when it is exactly {@code pk in [k1, k2, ...]} or
     * {@code pk == k} (either side, parentheses allowed), so a delete can skip scanning rows.
     * Keys come back as {@link Long} (integer primary key) or {@link String} (VARCHAR), in the
     * order written, duplicates kept out.
     *
     * @return the keys, or empty when the expression has any other shape (the caller then
     *     filters rows with {@link #compile})
     * @throws ExpressionException when the expression does not compile against {@code pk} alone
     */
    public static Optional<List<Object>> primaryKeyTerms(String expression, FieldRef pk) throws ExpressionException {
        try {
            FilterExprParser.FilterContext tree = ExpressionParsing.parse(expression);
            EvaluationDepth.check(tree);
            ExpressionCompiler compiler = new ExpressionCompiler(List.of(pk));
            compiler.compileFilter(tree);
            return PrimaryKeyTerms.extract(tree, compiler, pk);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    private static ExpressionException tooDeep() {
        return new ExpressionException("expression is nested too deeply", 0);
    }
}
