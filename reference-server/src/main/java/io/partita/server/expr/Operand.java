package io.partita.server.expr;

import io.partita.server.expr.Evaluators.BoolEval;
import io.partita.server.expr.Evaluators.DoubleEval;
import io.partita.server.expr.Evaluators.LongEval;
import io.partita.server.expr.Evaluators.StringEval;

/**
 * A typed, compiled sub-expression as seen while compiling: its value kind, its evaluator, its
 * value when it is a compile-time constant, and how to name it in an error message.
 *
 * @param kind what the sub-expression evaluates to
 * @param eval a {@link BoolEval}, {@link LongEval}, {@link DoubleEval}, {@link StringEval} or
 *     {@link Evaluators.JsonEval} per kind
 * @param constant the Boolean/Long/Double/String value when constant, otherwise null
 * @param field the field when the operand is a bare field reference, otherwise null
 * @param description how error messages name it, e.g. {@code INT64 field 'age'} or {@code number 5}
 * @param column the 1-based column where it starts
 */
record Operand(Kind kind, Object eval, Object constant, FieldRef field, String description, int column) {

    enum Kind {
        BOOL,
        INT,
        FLOAT,
        STRING,
        /** A JSON value read from a JSON field or a dynamic key; its type is known per row only. */
        JSON
    }

    boolean isConstant() {
        return constant != null;
    }

    boolean isNumeric() {
        return kind == Kind.INT || kind == Kind.FLOAT;
    }

    BoolEval bool() {
        return (BoolEval) eval;
    }

    LongEval asLong() {
        return (LongEval) eval;
    }

    StringEval string() {
        return (StringEval) eval;
    }

    /** The value as a plain Java object (Long, Double, String, Boolean or a JSON value). */
    Evaluators.JsonEval asObject() {
        return switch (kind) {
            case JSON -> (Evaluators.JsonEval) eval;
            case INT -> {
                LongEval l = (LongEval) eval;
                yield row -> l.eval(row);
            }
            case FLOAT -> {
                DoubleEval d = (DoubleEval) eval;
                yield row -> d.eval(row);
            }
            case STRING -> {
                StringEval s = (StringEval) eval;
                yield row -> s.eval(row);
            }
            case BOOL -> {
                BoolEval b = (BoolEval) eval;
                yield row -> b.eval(row);
            }
        };
    }

    /** The value as a double; integers widen (only used where rounding cannot change a result). */
    DoubleEval asDouble() {
        if (kind == Kind.FLOAT) {
            return (DoubleEval) eval;
        }
        LongEval l = (LongEval) eval;
        return row -> (double) l.eval(row);
    }

    static Operand constant(Object value, String description, int column) {
        if (value instanceof Boolean b) {
            boolean v = b;
            return new Operand(Kind.BOOL, (BoolEval) row -> v, b, null, description, column);
        }
        if (value instanceof Long l) {
            long v = l;
            return new Operand(Kind.INT, (LongEval) row -> v, l, null, description, column);
        }
        if (value instanceof Double d) {
            double v = d;
            return new Operand(Kind.FLOAT, (DoubleEval) row -> v, d, null, description, column);
        }
        String s = (String) value;
        return new Operand(Kind.STRING, (StringEval) row -> s, s, null, description, column);
    }

    /** A computed operand; folded to a constant when every input was constant. */
    static Operand computed(Kind kind, Object eval, boolean allInputsConstant, String text, int column) {
        String description = (kind == Kind.BOOL ? "boolean" : kind == Kind.STRING ? "string" : "numeric")
                + " expression '" + text + "'";
        Operand op = new Operand(kind, eval, null, null, description, column);
        if (!allInputsConstant) {
            return op;
        }
        Object value = switch (kind) {
            case BOOL -> op.bool().eval(null);
            case INT -> op.asLong().eval(null);
            case FLOAT -> ((DoubleEval) eval).eval(null);
            case STRING -> op.string().eval(null);
            case JSON -> throw new IllegalStateException("a JSON value is never a constant");
        };
        return constant(value, describeConstant(value), column);
    }

    static String describeConstant(Object value) {
        if (value instanceof String s) {
            return "string \"" + s + "\"";
        }
        if (value instanceof Boolean b) {
            return "boolean " + b;
        }
        return "number " + value;
    }
}
