package io.partita.server.expr;

/**
 * The small evaluator shapes a compiled expression is built from. Every implementation is
 * immutable, so a tree of them is safe to share between threads.
 */
final class Evaluators {
    private Evaluators() {}

    @FunctionalInterface
    interface BoolEval {
        boolean eval(RowAccessor row);
    }

    @FunctionalInterface
    interface LongEval {
        long eval(RowAccessor row);
    }

    @FunctionalInterface
    interface DoubleEval {
        double eval(RowAccessor row);
    }

    @FunctionalInterface
    interface StringEval {
        String eval(RowAccessor row);
    }

    /** A JSON value (see {@link JsonValues}); Java null when a path does not exist in the row. */
    @FunctionalInterface
    interface JsonEval {
        Object eval(RowAccessor row);
    }
}
