package io.partita.server.expr;

import java.util.Set;

/**
 * A compiled boolean expression over one row's scalar fields.
 *
 * <p>Immutable and thread-safe: one instance may test rows from many threads at once. Testing
 * never re-parses the expression and allocates little (LIKE with {@code _} walks code points).
 */
public interface RowFilter {
    /**
     * Whether {@code row} satisfies the expression. Operands are evaluated left to right with
     * short-circuit {@code and}/{@code or}; an integer division or modulo by zero met on the
     * way makes the row not match.
     */
    boolean test(RowAccessor row);

    /** The indices of the fields the expression reads, unmodifiable. */
    Set<Integer> referencedFields();
}
