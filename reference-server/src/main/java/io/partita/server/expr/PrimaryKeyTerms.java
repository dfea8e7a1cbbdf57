package io.partita.server.expr;

import io.partita.server.expr.Operand.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Recognises {@code pk in [..]} and {@code pk == k} in an already type-checked parse tree. */
final class PrimaryKeyTerms {
    private PrimaryKeyTerms() {}

    static Optional<List<Object>> extract(
            FilterExprParser.FilterContext tree, ExpressionCompiler compiler, FieldRef pk) {
        FilterExprParser.PredicateContext predicate = singlePredicate(tree.orExpr());
        if (predicate == null) {
            return Optional.empty();
        }
        Kind keyKind = pk.type() == ScalarType.VARCHAR ? Kind.STRING : pk.type().isInteger() ? Kind.INT : null;
        if (keyKind == null) {
            return Optional.empty();
        }
        List<Operand> keys = new ArrayList<>();
        FilterExprParser.PredicateSuffixContext suffix = predicate.predicateSuffix();
        if (suffix instanceof FilterExprParser.MembershipContext in && in.NOT() == null) {
            if (compiler.visit(predicate.additive()).field() == null) {
                return Optional.empty();
            }
            in.literalItem().forEach(item -> keys.add(compiler.visit(item.additive())));
        } else if (suffix instanceof FilterExprParser.ComparisonContext cmp
                && cmp.second == null
                && cmp.op.getType() == FilterExprParser.EQ) {
            Operand left = compiler.visit(predicate.additive());
            Operand right = compiler.visit(cmp.additive(0));
            if (left.field() != null && right.isConstant()) {
                keys.add(right);
            } else if (right.field() != null && left.isConstant()) {
                keys.add(left);
            } else {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        Set<Object> values = new LinkedHashSet<>();
        for (Operand key : keys) {
            if (key.kind() != keyKind) {
                return Optional.empty();
            }
            values.add(key.constant());
        }
        return Optional.of(List.copyOf(values));
    }

    /** The one predicate the whole expression consists of (through parentheses), or null. */
    private static FilterExprParser.PredicateContext singlePredicate(FilterExprParser.OrExprContext or) {
        if (or.andExpr().size() != 1
                || or.andExpr(0).notExpr().size() != 1
                || !(or.andExpr(0).notExpr(0) instanceof FilterExprParser.PredicateExprContext p)) {
            return null;
        }
        FilterExprParser.PredicateContext predicate = p.predicate();
        if (predicate.predicateSuffix() == null) {
            FilterExprParser.AdditiveContext add = predicate.additive();
            if (add.multiplicative().size() == 1
                    && add.multiplicative(0).unary().size() == 1
                    && add.multiplicative(0).unary(0) instanceof FilterExprParser.PowerUnaryContext u
                    && u.power().POW() == null
                    && u.power().primary() instanceof FilterExprParser.ParenthesizedContext paren) {
                return singlePredicate(paren.orExpr());
            }
            return null;
        }
        return predicate;
    }
}
