package io.partita.server.expr;

import io.partita.server.expr.Evaluators.BoolEval;
import java.util.Set;

/** The {@link RowFilter} handed out by {@link FilterExpressions#compile}: an immutable evaluator tree. */
final class CompiledFilter implements RowFilter {
    private final BoolEval root;
    private final Set<Integer> referencedFields;
    private final String expression;

    CompiledFilter(BoolEval root, Set<Integer> referencedFields, String expression) {
        this.root = root;
        this.referencedFields = referencedFields;
        this.expression = expression;
    }

    @Override
    public boolean test(RowAccessor row) {
        try {
            return root.eval(row);
        } catch (ArithmeticException divisionByZero) {
            return false;
        }
    }

    @Override
    public Set<Integer> referencedFields() {
        return referencedFields;
    }

    @Override
    public String toString() {
        return "RowFilter[" + expression + "]";
    }
}
