package io.partita.server.expr;

import io.partita.server.expr.Evaluators.BoolEval;
import io.partita.server.expr.Operand.Kind;

/**
 * Signals that a nullable field's value is null while a predicate is evaluated. The predicate
 * that read it (a comparison, {@code in}, {@code like}, a bare boolean field) is then false for
 * the row, as in Milvus, and the rest of the expression goes on. Preallocated, without a stack.
 */
final class NullValue extends RuntimeException {
    private static final NullValue INSTANCE = new NullValue();

    private NullValue() {
        super("null value", null, false, false);
    }

    /** {@code value}, or throws when it is null. */
    static Object check(Object value) {
        if (value == null) {
            throw INSTANCE;
        }
        return value;
    }

    /** The boolean operand, false for a row where it reads a null. */
    static Operand falseOnNull(Operand predicate) {
        if (predicate.kind() != Kind.BOOL || predicate.isConstant()) {
            return predicate;
        }
        BoolEval inner = predicate.bool();
        BoolEval guarded = row -> {
            try {
                return inner.eval(row);
            } catch (NullValue n) {
                return false;
            }
        };
        return new Operand(Kind.BOOL, guarded, null, predicate.field(), predicate.description(), predicate.column());
    }
}
