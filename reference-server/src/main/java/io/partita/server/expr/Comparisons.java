package io.partita.server.expr;

import io.partita.server.expr.Evaluators.BoolEval;
import io.partita.server.expr.Evaluators.DoubleEval;
import io.partita.server.expr.Evaluators.LongEval;
import io.partita.server.expr.Evaluators.StringEval;
import io.partita.server.expr.Operand.Kind;

/**
 * Builds evaluators for {@code == != < <= > >=}. Numbers compare by value whatever their
 * integer/floating mix (an integer is never rounded to a double); strings compare by Unicode
 * code point; booleans only by equality. Any other pairing is an error naming both sides.
 */
final class Comparisons {
    private Comparisons() {}

    static Operand compare(CompareOp op, Operand left, Operand right, String text, int opColumn) {
        BoolEval eval = evaluator(op, left, right, opColumn);
        return Operand.computed(Kind.BOOL, eval, left.isConstant() && right.isConstant(), text, left.column());
    }

    private static BoolEval evaluator(CompareOp op, Operand left, Operand right, int opColumn) {
        if (left.kind() == Kind.JSON || right.kind() == Kind.JSON) {
            return JsonOps.compare(op, left, right);
        }
        if (left.isNumeric() && right.isNumeric()) {
            return numeric(op, left, right);
        }
        if (left.kind() == Kind.STRING && right.kind() == Kind.STRING) {
            StringEval l = left.string();
            StringEval r = right.string();
            if (op == CompareOp.EQ) {
                return row -> l.eval(row).equals(r.eval(row));
            }
            if (op == CompareOp.NE) {
                return row -> !l.eval(row).equals(r.eval(row));
            }
            return row -> op.holds(compareCodePoints(l.eval(row), r.eval(row)));
        }
        if (left.kind() == Kind.BOOL && right.kind() == Kind.BOOL) {
            if (op.isOrdering()) {
                throw new ExpressionException(
                        "operator '" + op.symbol() + "' cannot order booleans: " + left.description() + " and "
                                + right.description() + " at column " + opColumn,
                        opColumn);
            }
            BoolEval l = left.bool();
            BoolEval r = right.bool();
            return op == CompareOp.EQ ? row -> l.eval(row) == r.eval(row) : row -> l.eval(row) != r.eval(row);
        }
        throw mismatch(left, right, opColumn);
    }

    static ExpressionException mismatch(Operand left, Operand right, int column) {
        return new ExpressionException(
                "cannot compare " + left.description() + " with " + right.description() + " at column " + column,
                column);
    }

    private static BoolEval numeric(CompareOp op, Operand left, Operand right) {
        if (left.kind() == Kind.INT && right.kind() == Kind.INT) {
            LongEval l = left.asLong();
            LongEval r = right.asLong();
            return row -> op.holds(Long.compare(l.eval(row), r.eval(row)));
        }
        if (left.kind() == Kind.FLOAT && right.kind() == Kind.FLOAT) {
            DoubleEval l = left.asDouble();
            DoubleEval r = right.asDouble();
            return row -> op.holds(l.eval(row), r.eval(row));
        }
        if (left.kind() == Kind.INT) {
            LongEval l = left.asLong();
            DoubleEval r = right.asDouble();
            return row -> {
                long a = l.eval(row);
                double b = r.eval(row);
                return Double.isNaN(b) ? op == CompareOp.NE : op.holds(NumericCompare.compare(a, b));
            };
        }
        DoubleEval l = left.asDouble();
        LongEval r = right.asLong();
        return row -> {
            double a = l.eval(row);
            long b = r.eval(row);
            return Double.isNaN(a) ? op == CompareOp.NE : op.holds(-NumericCompare.compare(b, a));
        };
    }

    /** Orders strings by Unicode code point (the order of their UTF-8 bytes). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
