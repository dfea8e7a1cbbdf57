package io.partita.server.expr;

/**
 * Read access to one row's scalar values while a {@link RowFilter} tests it.
 *
 * <p>{@code get(i)} returns the value of the field at position {@code i} of the field list the
 * filter was compiled with: a {@link Long} for INT8 to INT64, a {@link Double} for FLOAT and
 * DOUBLE, a {@link Boolean} for BOOL, a {@link String} for VARCHAR, the parsed document
 * ({@link JsonValues#parse}) for JSON; null only for a null row of a nullable field. The filter only
 * asks for indices in {@link RowFilter#referencedFields()}.
 */
@FunctionalInterface
public interface RowAccessor {
    /** The value of the field at {@code fieldIndex}, typed as described on this interface. */
    Object get(int fieldIndex);
}
