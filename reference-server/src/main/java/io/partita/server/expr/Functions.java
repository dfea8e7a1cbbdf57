package io.partita.server.expr;

import io.partita.server.expr.Evaluators.BoolEval;
import io.partita.server.expr.Evaluators.JsonEval;
import io.partita.server.expr.Evaluators.LongEval;
import io.partita.server.expr.Operand.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The functions a filter may call: {@code json_contains(x, v)}, {@code json_contains_all(x, [..])},
 * {@code json_contains_any(x, [..])}, their {@code array_contains*} twins (same meaning over a
 * JSON array), {@code array_length(x)}, {@code text_match(field, 'words')} (a row matches when
 * its text shares a token with the words, both analyzed by the field's analyzer),
 * {@code phrase_match(field, 'phrase'[, slop])} and {@code text_match_fuzzy(field, 'words',
 * max_edit_distance=N)} ({@link TextMatch}). Names are accepted in lower or upper case, as
 * Milvus's lexer does; every other call goes to segcore's functions ({@link StringFunctions}).
 */
final class Functions {
    /** The functions Milvus's grammar has as keywords (lower or upper case only). */
    private static final Set<String> KEYWORDS = Set.of(
            "json_contains",
            "json_contains_all",
            "json_contains_any",
            "array_contains",
            "array_contains_all",
            "array_contains_any",
            "array_length",
            "text_match",
            "phrase_match",
            "text_match_fuzzy");

    private Functions() {}

    static Operand call(ExpressionCompiler compiler, FilterExprParser.CallContext ctx, String text) {
        String name = ctx.Identifier().getText();
        int col = ExpressionCompiler.column(ctx.start);
        List<FilterExprParser.CallArgContext> args = ctx.callArg();
        String fn = name.toLowerCase(Locale.ROOT);
        if (!KEYWORDS.contains(fn)) {
            // segcore's function calls: any case, looked up by name and argument types
            return StringFunctions.call(
                    fn, args.stream().map(compiler::argument).toList(), text, col);
        }
        if (!name.equals(fn) && !name.equals(name.toUpperCase(Locale.ROOT))) {
            throw StringFunctions.notFound(
                    fn, args.stream().map(compiler::argument).toList(), col);
        }
        switch (fn) {
            case "json_contains":
            case "array_contains": {
                arity(name, args, 2, col);
                Operand array = json(compiler.argument(args.get(0)), name, col);
                Operand element = compiler.argument(args.get(1));
                if (!element.isConstant()) {
                    throw new ExpressionException(
                            name + " needs a constant to look for, got " + element.description() + " at column "
                                    + element.column(),
                            element.column());
                }
                return Operand.computed(Kind.BOOL, JsonOps.contains(array, element), false, text, col);
            }
            case "json_contains_all":
            case "json_contains_any":
            case "array_contains_all":
            case "array_contains_any": {
                arity(name, args, 2, col);
                Operand array = json(compiler.argument(args.get(0)), name, col);
                List<Operand> items = compiler.listArgument(args.get(1));
                if (items == null) {
                    int c = ExpressionCompiler.column(args.get(1).start);
                    throw new ExpressionException(
                            name + " needs a list such as [1, 2] as its second argument at column " + c, c);
                }
                BoolEval eval = JsonOps.containsAll(array, items, fn.endsWith("_all"));
                return Operand.computed(Kind.BOOL, eval, false, text, col);
            }
            case "text_match": {
                arity(name, args, 2, col);
                Operand field = textField(compiler.argument(args.get(0)), name, col);
                String words = literal(compiler.argument(args.get(1)), name, col);
                return Operand.computed(Kind.BOOL, TextMatch.eval(field, words), false, text, col);
            }
            case "phrase_match": {
                // phrase_match(field, 'phrase'[, slop]): Milvus 2.6 (docs phrase-match.md)
                if (args.size() != 2 && args.size() != 3) {
                    arity(name, args, 3, col);
                }
                Operand field = textField(compiler.argument(args.get(0)), name, col);
                String phrase = literal(compiler.argument(args.get(1)), name, col);
                long slop = args.size() == 3 ? count(compiler.argument(args.get(2)), name, "slop", col) : 0;
                return Operand.computed(Kind.BOOL, TextMatch.phrase(field, phrase, slop), false, text, col);
            }
            case "text_match_fuzzy": {
                // text_match_fuzzy(field, 'words', max_edit_distance=N): Milvus 2.6
                if (args.size() != 3) {
                    arity(name, args, 3, col);
                }
                Operand field = textField(compiler.argument(args.get(0)), name, col);
                String words = literal(compiler.argument(args.get(1)), name, col);
                FilterExprParser.CallArgContext last = args.get(2);
                Operand distance = last instanceof FilterExprParser.NamedArgContext n
                                && n.Identifier().getText().equals("max_edit_distance")
                        ? compiler.visit(n.orExpr())
                        : compiler.argument(last);
                long max = count(distance, name, "max_edit_distance", col);
                if (max > TextMatch.MAX_EDIT_DISTANCE) {
                    throw new ExpressionException(
                            name + " takes a max_edit_distance of 0 to " + TextMatch.MAX_EDIT_DISTANCE + ", got " + max
                                    + " at column " + col,
                            col);
                }
                return Operand.computed(Kind.BOOL, TextMatch.fuzzy(field, words, (int) max), false, text, col);
            }
            case "array_length": {
                arity(name, args, 1, col);
                Operand array = json(compiler.argument(args.get(0)), name, col);
                JsonEval a = array.asObject();
                // a row without an array gets -1, which no length comparison with a literal >= 0 matches
                LongEval eval = row -> a.eval(row) instanceof List<?> l ? l.size() : -1;
                return Operand.computed(Kind.INT, eval, false, text, col);
            }
            default:
                throw new IllegalStateException("a keyword function without a case: " + fn);
        }
    }

    /** The analyzed VARCHAR field a text function reads (enable_match on). */
    private static Operand textField(Operand field, String fn, int col) {
        if (field.field() == null || field.kind() != Kind.STRING) {
            throw new ExpressionException(
                    fn + " needs a VARCHAR field as its first argument, got " + field.description() + " at column "
                            + col,
                    col);
        }
        if (field.field().tokenizer() == null) {
            // Milvus refuses text matching on a field without enable_match (the wording is Partita's)
            throw new ExpressionException(
                    "field \"" + field.field().name() + "\" does not enable match at column " + col, col);
        }
        return field;
    }

    private static String literal(Operand query, String fn, int col) {
        if (!(query.constant() instanceof String words)) {
            throw new ExpressionException(
                    fn + " needs a string literal as its second argument, got " + query.description() + " at column "
                            + col,
                    col);
        }
        return words;
    }

    private static long count(Operand o, String fn, String what, int col) {
        if (!(o.constant() instanceof Long n) || n < 0) {
            throw new ExpressionException(
                    fn + " needs a non-negative integer " + what + ", got " + o.description() + " at column " + col,
                    col);
        }
        return n;
    }

    private static Operand json(Operand o, String fn, int col) {
        if (o.kind() != Kind.JSON) {
            throw new ExpressionException(
                    fn + " needs a JSON or array field, got " + o.description() + " at column " + col, col);
        }
        return o;
    }

    private static void arity(String name, List<?> args, int n, int col) {
        if (args.size() != n) {
            throw new ExpressionException(
                    name + " takes " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.size() + " at column "
                            + col,
                    col);
        }
    }
}
