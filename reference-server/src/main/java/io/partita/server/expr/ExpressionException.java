package io.partita.server.expr;

/**
 * A filter expression that cannot be compiled: a syntax error, an unknown field, or operands
 * whose types do not fit the operator. The message names the offending token, field or value
 * and its 1-based column in the expression, counted in Unicode code points.
 */
public class ExpressionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int column;

    /**
     * @param message the full message, already naming the bad token/field and its column
     * @param column the 1-based column of the offending token, or 0 when it has none
     */
    public ExpressionException(String message, int column) {
        super(message);
        this.column = column;
    }

    /** An error not tied to one token (column 0), e.g. an empty expression. */
    public ExpressionException(String message) {
        this(message, 0);
    }

    /** The 1-based column of the offending token in the expression, or 0 when not tied to one. */
    public int column() {
        return column;
    }
}
