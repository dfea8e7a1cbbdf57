package io.partita.server.expr;

import io.partita.server.expr.Evaluators.DoubleEval;
import io.partita.server.expr.Evaluators.LongEval;
import io.partita.server.expr.Operand.Kind;

/**
 * Builds evaluators for {@code + - * / % **} and unary {@code + -}. Two integer operands give
 * integer (64-bit, wrapping, truncating division) arithmetic; any floating-point operand gives
 * double arithmetic; {@code **} always gives a double; {@code %} needs integers. A constant
 * zero divisor is a compile error; a zero met while evaluating throws {@link ArithmeticException}
 * (integers only), which {@link CompiledFilter} turns into "row does not match".
 */
final class Arithmetic {
    private Arithmetic() {}

    static Operand binary(String op, Operand left, Operand right, String text, int opColumn) {
        requireNumeric(op, left, opColumn);
        requireNumeric(op, right, opColumn);
        boolean constant = left.isConstant() && right.isConstant();
        if ((op.equals("/") || op.equals("%"))
                && right.isConstant()
                && ((Number) right.constant()).doubleValue() == 0) {
            throw new ExpressionException("division by zero in '" + text + "' at column " + opColumn, opColumn);
        }
        try {
            if (op.equals("**")) {
                DoubleEval l = left.asDouble();
                DoubleEval r = right.asDouble();
                return Operand.computed(
                        Kind.FLOAT,
                        (DoubleEval) row -> Math.pow(l.eval(row), r.eval(row)),
                        constant,
                        text,
                        left.column());
            }
            if (left.kind() == Kind.INT && right.kind() == Kind.INT) {
                return Operand.computed(
                        Kind.INT, longOp(op, left.asLong(), right.asLong()), constant, text, left.column());
            }
            if (op.equals("%")) {
                Operand bad = left.kind() == Kind.INT ? right : left;
                throw new ExpressionException(
                        "operator '%' needs integer operands, got " + bad.description() + " at column " + opColumn,
                        opColumn);
            }
            return Operand.computed(
                    Kind.FLOAT, doubleOp(op, left.asDouble(), right.asDouble()), constant, text, left.column());
        } catch (ArithmeticException e) {
            throw new ExpressionException("division by zero in '" + text + "' at column " + opColumn, opColumn);
        }
    }

    static Operand negate(Operand operand, String text, int opColumn) {
        requireNumeric("-", operand, opColumn);
        if (operand.kind() == Kind.INT) {
            LongEval v = operand.asLong();
            return Operand.computed(Kind.INT, (LongEval) row -> -v.eval(row), operand.isConstant(), text, opColumn);
        }
        DoubleEval v = operand.asDouble();
        return Operand.computed(Kind.FLOAT, (DoubleEval) row -> -v.eval(row), operand.isConstant(), text, opColumn);
    }

    static Operand plus(Operand operand, int opColumn) {
        requireNumeric("+", operand, opColumn);
        return operand;
    }

    private static LongEval longOp(String op, LongEval l, LongEval r) {
        return switch (op) {
            case "+" -> row -> l.eval(row) + r.eval(row);
            case "-" -> row -> l.eval(row) - r.eval(row);
            case "*" -> row -> l.eval(row) * r.eval(row);
            case "/" -> row -> l.eval(row) / r.eval(row);
            case "%" -> row -> l.eval(row) % r.eval(row);
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static DoubleEval doubleOp(String op, DoubleEval l, DoubleEval r) {
        return switch (op) {
            case "+" -> row -> l.eval(row) + r.eval(row);
            case "-" -> row -> l.eval(row) - r.eval(row);
            case "*" -> row -> l.eval(row) * r.eval(row);
            case "/" -> row -> l.eval(row) / r.eval(row);
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static void requireNumeric(String op, Operand operand, int opColumn) {
        if (!operand.isNumeric()) {
            throw new ExpressionException(
                    "operator '" + op + "' needs numbers, got " + operand.description() + " at column " + opColumn,
                    opColumn);
        }
    }
}
