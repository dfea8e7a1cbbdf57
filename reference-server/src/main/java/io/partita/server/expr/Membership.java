package io.partita.server.expr;

import io.partita.server.expr.Evaluators.BoolEval;
import io.partita.server.expr.Evaluators.DoubleEval;
import io.partita.server.expr.Evaluators.LongEval;
import io.partita.server.expr.Evaluators.StringEval;
import io.partita.server.expr.Operand.Kind;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds evaluators for {@code x in [...]} and {@code x not in [...]}. List items are constants
 * of the operand's kind (numbers of either kind for a numeric operand); numeric membership is
 * exact equality by value, with sorted primitive arrays and binary search (no boxing per row).
 */
final class Membership {
    private Membership() {}

    static Operand in(Operand left, List<Operand> items, boolean negated, String text) {
        BoolEval test = membership(left, items);
        BoolEval eval = negated ? row -> !test.eval(row) : test;
        return Operand.computed(Kind.BOOL, eval, left.isConstant(), text, left.column());
    }

    private static BoolEval membership(Operand left, List<Operand> items) {
        if (left.kind() == Kind.JSON) {
            return JsonOps.in(left, items);
        }
        for (Operand item : items) {
            if (!item.isConstant()) {
                throw new ExpressionException(
                        "'in' list items must be constants, got " + item.description() + " at column " + item.column(),
                        item.column());
            }
            boolean fits = left.isNumeric() ? item.isNumeric() : left.kind() == item.kind();
            if (!fits) {
                throw Comparisons.mismatch(left, item, item.column());
            }
        }
        return switch (left.kind()) {
            case INT -> integers(left.asLong(), items);
            case FLOAT -> doubles(left.asDouble(), items);
            case STRING -> strings(left.string(), items);
            case BOOL -> booleans(left.bool(), items);
            case JSON -> throw new IllegalStateException("handled above");
        };
    }

    private static BoolEval integers(LongEval value, List<Operand> items) {
        long[] set = items.stream()
                .filter(i -> i.kind() == Kind.INT || isWholeInLongRange((Double) i.constant()))
                .mapToLong(i -> ((Number) i.constant()).longValue())
                .sorted()
                .distinct()
                .toArray();
        return row -> Arrays.binarySearch(set, value.eval(row)) >= 0;
    }

    private static BoolEval doubles(DoubleEval value, List<Operand> items) {
        // 0.0 added to fold -0.0 into 0.0, which binarySearch would tell apart; NaN never matches.
        double[] floats = items.stream()
                .filter(i -> i.kind() == Kind.FLOAT)
                .mapToDouble(i -> (Double) i.constant() + 0.0)
                .filter(d -> !Double.isNaN(d))
                .sorted()
                .distinct()
                .toArray();
        long[] ints = items.stream()
                .filter(i -> i.kind() == Kind.INT)
                .mapToLong(i -> (Long) i.constant())
                .sorted()
                .distinct()
                .toArray();
        return row -> {
            double d = value.eval(row) + 0.0;
            if (Arrays.binarySearch(floats, d) >= 0) {
                return true;
            }
            return ints.length > 0 && isWholeInLongRange(d) && Arrays.binarySearch(ints, (long) d) >= 0;
        };
    }

    private static BoolEval strings(StringEval value, List<Operand> items) {
        Set<String> set = new HashSet<>();
        items.forEach(i -> set.add((String) i.constant()));
        Set<String> frozen = Set.copyOf(set);
        return row -> frozen.contains(value.eval(row));
    }

    private static BoolEval booleans(BoolEval value, List<Operand> items) {
        boolean hasTrue = items.stream().anyMatch(i -> (Boolean) i.constant());
        boolean hasFalse = items.stream().anyMatch(i -> !(Boolean) i.constant());
        return row -> value.eval(row) ? hasTrue : hasFalse;
    }

    private static boolean isWholeInLongRange(double d) {
        return d == Math.floor(d) && d >= -9.223372036854775808E18 && d < 9.223372036854775808E18;
    }
}
