package io.partita.server.expr;

import io.partita.server.expr.Evaluators.BoolEval;
import io.partita.server.expr.Evaluators.DoubleEval;
import io.partita.server.expr.Evaluators.LongEval;
import io.partita.server.expr.Evaluators.StringEval;
import io.partita.server.expr.Operand.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Walks a parse tree once and builds the typed evaluator tree, checking types and field names
 * on the way. One instance compiles one expression; not thread-safe.
 */
final class ExpressionCompiler extends FilterExprBaseVisitor<Operand> {
    private final List<FieldRef> fields;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final Set<Integer> referenced = new TreeSet<>();
    private final Integer dynamicIndex;

    ExpressionCompiler(List<FieldRef> fields) {
        this.fields = fields;
        Integer dynamic = null;
        for (int i = 0; i < fields.size(); i++) {
            indexByName.putIfAbsent(fields.get(i).name(), i);
            if (fields.get(i).type() == ScalarType.JSON && fields.get(i).name().equals(DYNAMIC_FIELD)) {
                dynamic = i;
            }
        }
        this.dynamicIndex = dynamic;
    }

    /** The name of the dynamic field, whose keys expressions may name bare. */
    static final String DYNAMIC_FIELD = "$meta";

    Set<Integer> referencedFields() {
        return Set.copyOf(referenced);
    }

    /** Compiles the whole filter; it must be boolean. */
    BoolEval compileFilter(FilterExprParser.FilterContext tree) {
        // Milvus's text for a filter that is not boolean as a whole (internal/parser/planparserv2
        // plan_parser_v2.go parseExprInner: "predicate is not a boolean expression: <expr>, ...")
        return requireBool(
                        visit(tree.orExpr()),
                        "predicate is not a boolean expression: " + text(tree.orExpr()) + "," + " the expression")
                .bool();
    }

    static int column(Token token) {
        return token.getStartIndex() + 1;
    }

    private String text(ParserRuleContext ctx) {
        return text(ctx.start, ctx.stop);
    }

    /** Source text from {@code first} to {@code last}; token indices count code points, not chars. */
    private static String text(Token first, Token last) {
        return first.getInputStream().getText(Interval.of(first.getStartIndex(), last.getStopIndex()));
    }

    private static Operand requireBool(Operand operand, String where) {
        if (operand.kind() != Kind.BOOL) {
            throw new ExpressionException(
                    where + " must be boolean, got " + operand.description() + " at column " + operand.column(),
                    operand.column());
        }
        return operand;
    }

    @Override
    public Operand visitOrExpr(FilterExprParser.OrExprContext ctx) {
        return logical(ctx, ctx.andExpr(), ctx.OR(), true);
    }

    @Override
    public Operand visitAndExpr(FilterExprParser.AndExprContext ctx) {
        return logical(ctx, ctx.notExpr(), ctx.AND(), false);
    }

    /** An and/or chain becomes one n-ary node, so long chains (id == 1 or id == 2 or ...) stay shallow. */
    private Operand logical(
            ParserRuleContext ctx,
            List<? extends ParserRuleContext> parts,
            List<org.antlr.v4.runtime.tree.TerminalNode> ops,
            boolean isOr) {
        if (parts.size() == 1) {
            return visit(parts.get(0));
        }
        BoolEval[] evals = new BoolEval[parts.size()];
        boolean allConstant = true;
        for (int i = 0; i < parts.size(); i++) {
            String where = "operand of '" + ops.get(Math.max(0, i - 1)).getText() + "'";
            Operand operand = requireBool(visit(parts.get(i)), where);
            evals[i] = operand.bool();
            allConstant &= operand.isConstant();
        }
        BoolEval eval = isOr
                ? row -> {
                    for (BoolEval e : evals) {
                        if (e.eval(row)) {
                            return true;
                        }
                    }
                    return false;
                }
                : row -> {
                    for (BoolEval e : evals) {
                        if (!e.eval(row)) {
                            return false;
                        }
                    }
                    return true;
                };
        return Operand.computed(Kind.BOOL, eval, allConstant, text(ctx), column(ctx.start));
    }

    @Override
    public Operand visitNegation(FilterExprParser.NegationContext ctx) {
        Operand inner =
                requireBool(visit(ctx.notExpr()), "operand of '" + ctx.NOT().getText() + "'");
        BoolEval v = inner.bool();
        return Operand.computed(
                Kind.BOOL, (BoolEval) row -> !v.eval(row), inner.isConstant(), text(ctx), column(ctx.start));
    }

    /** {@code exists x}: the JSON path or dynamic key x is present in the row (its value may be JSON null). */
    @Override
    public Operand visitExists(FilterExprParser.ExistsContext ctx) {
        Operand path = visit(ctx.additive());
        int col = column(ctx.start);
        if (path.kind() != Kind.JSON || path.isConstant()) {
            throw new ExpressionException(
                    "exists needs a JSON path or a dynamic key, got " + path.description() + " at column " + col, col);
        }
        Evaluators.JsonEval v = path.asObject();
        return Operand.computed(Kind.BOOL, (BoolEval) row -> v.eval(row) != null, false, text(ctx), col);
    }

    @Override
    public Operand visitPredicateExpr(FilterExprParser.PredicateExprContext ctx) {
        return visit(ctx.predicate());
    }

    @Override
    public Operand visitPredicate(FilterExprParser.PredicateContext ctx) {
        return NullValue.falseOnNull(predicate(ctx));
    }

    private Operand predicate(FilterExprParser.PredicateContext ctx) {
        Operand left = visit(ctx.additive());
        FilterExprParser.PredicateSuffixContext suffix = ctx.predicateSuffix();
        if (suffix instanceof FilterExprParser.ComparisonContext cmp) {
            return cmp.second == null ? comparison(ctx, left, cmp) : chainedRange(ctx, left, cmp);
        }
        if (suffix instanceof FilterExprParser.MembershipContext in) {
            List<Operand> items = new ArrayList<>();
            for (FilterExprParser.LiteralItemContext item : in.literalItem()) {
                items.add(visit(item.additive()));
            }
            return Membership.in(left, items, in.NOT() != null, text(ctx));
        }
        if (suffix instanceof FilterExprParser.LikeContext like) {
            return like(ctx, left, like);
        }
        if (suffix instanceof FilterExprParser.NullCheckContext nullCheck) {
            return nullCheck(ctx, left, nullCheck.NOT() != null);
        }
        return left;
    }

    private Operand comparison(ParserRuleContext ctx, Operand left, FilterExprParser.ComparisonContext cmp) {
        return Comparisons.compare(
                CompareOp.of(cmp.op.getText()), left, visit(cmp.additive(0)), text(ctx), column(cmp.op));
    }

    private Operand chainedRange(ParserRuleContext ctx, Operand low, FilterExprParser.ComparisonContext cmp) {
        CompareOp first = CompareOp.of(cmp.op.getText());
        CompareOp second = CompareOp.of(cmp.second.getText());
        if (!first.isOrdering()) { // `a == b < c`: only ordering operators chain
            int col = column(cmp.second.start);
            throw new ExpressionException(
                    "syntax error at column " + col + ": unexpected '" + second.symbol() + "'", col);
        }
        boolean firstUp = first == CompareOp.LT || first == CompareOp.LE;
        boolean secondUp = second == CompareOp.LT || second == CompareOp.LE;
        if (firstUp != secondUp) {
            int col = column(cmp.second.start);
            throw new ExpressionException(
                    "a chained range must point one way, got '" + first.symbol() + "' then '" + second.symbol()
                            + "' at column " + col,
                    col);
        }
        Operand middle = visit(cmp.additive(0));
        Operand high = visit(cmp.additive(1));
        BoolEval a = Comparisons.compare(first, low, middle, text(ctx), column(cmp.op))
                .bool();
        BoolEval b = Comparisons.compare(second, middle, high, text(ctx), column(cmp.second.start))
                .bool();
        return Operand.computed(
                Kind.BOOL,
                (BoolEval) row -> a.eval(row) && b.eval(row),
                low.isConstant() && middle.isConstant() && high.isConstant(),
                text(ctx),
                column(ctx.start));
    }

    /**
     * {@code x is null}: a JSON path is null when it is missing or holds JSON null; a nullable
     * field when the row holds null; other fields never are.
     */
    private Operand nullCheck(ParserRuleContext ctx, Operand left, boolean negated) {
        if (left.kind() == Kind.JSON) {
            Evaluators.JsonEval v = left.asObject();
            BoolEval isNull = row -> {
                Object x = v.eval(row);
                return x == null || x == JsonValues.NULL;
            };
            return Operand.computed(
                    Kind.BOOL, negated ? (BoolEval) row -> !isNull.eval(row) : isNull, false, text(ctx), left.column());
        }
        if (left.field() != null && left.field().nullable()) {
            int i = indexByName.get(left.field().name());
            BoolEval isNull = negated ? row -> row.get(i) != null : row -> row.get(i) == null;
            return Operand.computed(Kind.BOOL, isNull, false, text(ctx), left.column());
        }
        boolean value = negated;
        return Operand.computed(Kind.BOOL, (BoolEval) row -> value, true, text(ctx), left.column());
    }

    private Operand like(ParserRuleContext ctx, Operand left, FilterExprParser.LikeContext like) {
        if (left.kind() == Kind.JSON) {
            Token patternToken = like.StringLiteral().getSymbol();
            var matcher = LikePattern.compile(Literals.string(patternToken.getText(), column(patternToken)));
            return Operand.computed(Kind.BOOL, JsonOps.like(left, matcher::test), false, text(ctx), left.column());
        }
        if (left.kind() != Kind.STRING) {
            int col = column(like.LIKE().getSymbol());
            throw new ExpressionException(
                    "'like' needs a VARCHAR operand, got " + left.description() + " at column " + col, col);
        }
        Token patternToken = like.StringLiteral().getSymbol();
        var matcher = LikePattern.compile(Literals.string(patternToken.getText(), column(patternToken)));
        StringEval value = left.string();
        return Operand.computed(
                Kind.BOOL,
                (BoolEval) row -> matcher.test(value.eval(row)),
                left.isConstant(),
                text(ctx),
                left.column());
    }

    @Override
    public Operand visitAdditive(FilterExprParser.AdditiveContext ctx) {
        return arithmetic(ctx, ctx.multiplicative(), ctx.op);
    }

    @Override
    public Operand visitMultiplicative(FilterExprParser.MultiplicativeContext ctx) {
        return arithmetic(ctx, ctx.unary(), ctx.op);
    }

    private Operand arithmetic(ParserRuleContext ctx, List<? extends ParserRuleContext> parts, List<Token> ops) {
        Operand result = visit(parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            String partial = text(ctx.start, parts.get(i).stop);
            Token op = ops.get(i - 1);
            result = Arithmetic.binary(op.getText(), result, visit(parts.get(i)), partial, column(op));
        }
        return result;
    }

    @Override
    public Operand visitSignedUnary(FilterExprParser.SignedUnaryContext ctx) {
        if (ctx.op.getType() == FilterExprParser.ADD) {
            return Arithmetic.plus(visit(ctx.unary()), column(ctx.op));
        }
        Token literal = bareIntegerLiteral(ctx.unary());
        if (literal != null) { // lets -9223372036854775808 through
            long value = Literals.integer(literal.getText(), true, column(ctx.op));
            return Operand.constant(value, "number " + value, column(ctx.op));
        }
        return Arithmetic.negate(visit(ctx.unary()), text(ctx), column(ctx.op));
    }

    private static Token bareIntegerLiteral(FilterExprParser.UnaryContext unary) {
        if (unary instanceof FilterExprParser.PowerUnaryContext p
                && p.power().POW() == null
                && p.power().primary() instanceof FilterExprParser.IntegerLiteralContext lit) {
            return lit.IntegerConstant().getSymbol();
        }
        return null;
    }

    @Override
    public Operand visitPowerUnary(FilterExprParser.PowerUnaryContext ctx) {
        return visit(ctx.power());
    }

    @Override
    public Operand visitPower(FilterExprParser.PowerContext ctx) {
        Operand base = visit(ctx.primary());
        if (ctx.POW() == null) {
            return base;
        }
        return Arithmetic.binary(
                "**", base, visit(ctx.unary()), text(ctx), column(ctx.POW().getSymbol()));
    }

    @Override
    public Operand visitParenthesized(FilterExprParser.ParenthesizedContext ctx) {
        return visit(ctx.orExpr());
    }

    @Override
    public Operand visitIntegerLiteral(FilterExprParser.IntegerLiteralContext ctx) {
        long value = Literals.integer(ctx.getText(), false, column(ctx.start));
        return Operand.constant(value, "number " + ctx.getText(), column(ctx.start));
    }

    @Override
    public Operand visitFloatLiteral(FilterExprParser.FloatLiteralContext ctx) {
        double value = Literals.floating(ctx.getText(), column(ctx.start));
        return Operand.constant(value, "number " + ctx.getText(), column(ctx.start));
    }

    @Override
    public Operand visitBooleanLiteral(FilterExprParser.BooleanLiteralContext ctx) {
        boolean value = ctx.getText().equalsIgnoreCase("true");
        return Operand.constant(value, "boolean " + ctx.getText(), column(ctx.start));
    }

    @Override
    public Operand visitStringLiteral(FilterExprParser.StringLiteralContext ctx) {
        String value = Literals.string(ctx.getText(), column(ctx.start));
        return Operand.constant(value, "string " + ctx.getText(), column(ctx.start));
    }

    /**
     * {@code ISO '...'}: a TIMESTAMPTZ instant as µs UTC (a naive time read as UTC), compared
     * with TIMESTAMPTZ fields, which the evaluator reads as µs UTC too.
     */
    @Override
    public Operand visitIsoLiteral(FilterExprParser.IsoLiteralContext ctx) {
        int col = column(ctx.start);
        String text = Literals.string(ctx.StringLiteral().getText(), col);
        try {
            long micros = io.partita.server.model.Timestamps.parse(text, java.time.ZoneOffset.UTC);
            return Operand.constant(micros, "ISO " + ctx.StringLiteral().getText(), col);
        } catch (IllegalArgumentException e) {
            throw new ExpressionException(e.getMessage() + " at column " + col, col);
        }
    }

    /**
     * {@code INTERVAL '...'}: an ISO 8601 duration as µs, to add to or subtract from a
     * TIMESTAMPTZ field; weeks, days and time parts only (a day is 24 hours), as years and
     * months have no fixed length.
     */
    @Override
    public Operand visitIntervalLiteral(FilterExprParser.IntervalLiteralContext ctx) {
        int col = column(ctx.start);
        String text = Literals.string(ctx.StringLiteral().getText(), col);
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        int t = upper.indexOf('T');
        String datePart = t < 0 ? upper : upper.substring(0, t);
        if (datePart.contains("Y") || datePart.contains("M")) {
            throw new ExpressionException(
                    "INTERVAL '" + text + "' with years or months is not supported by the"
                            + " Partita reference server at column " + col,
                    col);
        }
        try {
            String weeks = datePart.replaceAll("^[-+]?P", "");
            long days = 0;
            if (weeks.contains("W")) {
                days = 7 * Long.parseLong(weeks.substring(0, weeks.indexOf('W')));
                upper = upper.replaceFirst("\\d+W", "");
                if (upper.endsWith("P")) {
                    upper = upper + "0D";
                }
            }
            java.time.Duration d = java.time.Duration.parse(upper).plusDays(days);
            return Operand.constant(
                    Math.multiplyExact(d.getSeconds(), 1_000_000L) + d.getNano() / 1000,
                    "INTERVAL " + ctx.StringLiteral().getText(),
                    col);
        } catch (RuntimeException e) {
            throw new ExpressionException("invalid INTERVAL '" + text + "' at column " + col, col);
        }
    }

    @Override
    public Operand visitFieldName(FilterExprParser.FieldNameContext ctx) {
        String name = ctx.Identifier().getText();
        int col = column(ctx.start);
        List<Object> path = new ArrayList<>();
        for (FilterExprParser.PathKeyContext key : ctx.pathKey()) {
            path.add(
                    key.StringLiteral() != null
                            ? Literals.string(key.getText(), column(key.start))
                            : Literals.integer(key.getText(), false, column(key.start)));
        }
        Integer index = indexByName.get(name);
        boolean dynamicKey = false;
        if (index == null && dynamicIndex != null) {
            // a bare name that is not a field is a key of the dynamic field, as in Milvus
            path.add(0, name);
            index = dynamicIndex;
            dynamicKey = true;
        }
        if (index == null) {
            // Milvus's planner words it "field %s not exist" (internal/parser/planparserv2)
            throw new ExpressionException("field " + name + " not exist at column " + col, col);
        }
        FieldRef field = fields.get(index);
        if (field.notLoaded() != null) {
            // Milvus's schema helper refuses fields a partial load left out (texts read by
            // TestLoadPartialFields / TestLoadSkipDynamicField in tests/go_client/testcases/load_release_test.go)
            throw new ExpressionException(
                    dynamicKey
                            ? "field " + name + " is dynamic but dynamic field is not loaded"
                            : "field " + field.notLoaded() + " is not loaded",
                    col);
        }
        referenced.add(index);
        int i = index;
        if (field.type() == ScalarType.JSON) {
            List<Object> keys = List.copyOf(path);
            Evaluators.JsonEval eval = keys.isEmpty() ? row -> row.get(i) : row -> JsonOps.at(row.get(i), keys);
            return new Operand(Kind.JSON, eval, null, null, "JSON value '" + text(ctx) + "'", col);
        }
        if (!path.isEmpty()) {
            throw new ExpressionException(
                    field.type() + " field '" + name + "' is not a JSON field and cannot be indexed at column " + col,
                    col);
        }
        String description = field.type() + " field '" + name + "'";
        if (field.type() == ScalarType.GEOMETRY && !nullChecked(ctx)) {
            throw new ExpressionException(
                    "GEOMETRY field '" + name + "' can only be tested with 'is null' or 'is not null' at column " + col
                            + " (spatial functions such as ST_CONTAINS are not supported by the Partita reference"
                            + " server)",
                    col);
        }
        RowAccessorRead read = field.nullable() ? (row, k) -> NullValue.check(row.get(k)) : RowAccessor::get;
        return switch (field.type()) {
            case BOOL ->
                new Operand(Kind.BOOL, (BoolEval) row -> (Boolean) read.get(row, i), null, field, description, col);
            case VARCHAR, GEOMETRY ->
                new Operand(Kind.STRING, (StringEval) row -> (String) read.get(row, i), null, field, description, col);
            case FLOAT, DOUBLE ->
                new Operand(
                        Kind.FLOAT,
                        (DoubleEval) row -> ((Number) read.get(row, i)).doubleValue(),
                        null,
                        field,
                        description,
                        col);
            default ->
                new Operand(
                        Kind.INT,
                        (LongEval) row -> ((Number) read.get(row, i)).longValue(),
                        null,
                        field,
                        description,
                        col);
        };
    }

    /** Whether this field reference is the whole operand of an {@code is [not] null} test. */
    private static boolean nullChecked(FilterExprParser.FieldNameContext ctx) {
        org.antlr.v4.runtime.ParserRuleContext p = ctx;
        while (p != null && !(p instanceof FilterExprParser.PredicateContext)) {
            p = p.getParent();
        }
        return p instanceof FilterExprParser.PredicateContext pred
                && pred.predicateSuffix() instanceof FilterExprParser.NullCheckContext
                && pred.additive().getText().equals(ctx.getText());
    }

    /** Reads field {@code k} of a row; for nullable fields it throws {@link NullValue} on null. */
    @FunctionalInterface
    private interface RowAccessorRead {
        Object get(RowAccessor row, int k);
    }

    @Override
    public Operand visitCall(FilterExprParser.CallContext ctx) {
        return Functions.call(this, ctx, text(ctx));
    }

    /** Visits a call argument that must be an expression (not a list). */
    Operand argument(FilterExprParser.CallArgContext arg) {
        if (arg instanceof FilterExprParser.ExprArgContext e) {
            return visit(e.orExpr());
        }
        if (arg instanceof FilterExprParser.NamedArgContext n) {
            int col = column(n.start);
            throw new ExpressionException(
                    "unexpected named argument " + n.Identifier().getText() + " at column " + col, col);
        }
        // a list where one value is looked for (json_contains(meta["m"], [1, 2])): one JSON array
        return listConstant(((FilterExprParser.ListArgContext) arg).listLiteral());
    }

    /** A list literal as one constant JSON array; its items must be constants (or lists of them). */
    private Operand listConstant(FilterExprParser.ListLiteralContext list) {
        List<Object> values = JsonOps.constants(listItems(list));
        int col = column(list.start);
        return new Operand(Kind.JSON, (Evaluators.JsonEval) row -> values, values, null, "list " + list.getText(), col);
    }

    private List<Operand> listItems(FilterExprParser.ListLiteralContext list) {
        List<Operand> items = new ArrayList<>();
        for (FilterExprParser.ListItemContext item : list.listItem()) {
            items.add(item.listLiteral() != null ? listConstant(item.listLiteral()) : visit(item.orExpr()));
        }
        return items;
    }

    /** The items of a list argument ({@code [1, 2]}), or null when the argument is not a list. */
    List<Operand> listArgument(FilterExprParser.CallArgContext arg) {
        if (arg instanceof FilterExprParser.ListArgContext l) {
            return listItems(l.listLiteral());
        }
        return null;
    }
}
