package io.partita.server.expr;

/**
 * A field an expression may name: its name as written in expressions and its scalar type.
 * Its index in the list handed to {@link FilterExpressions#compile} is the index the compiled
 * filter passes to {@link RowAccessor#get(int)}.
 *
 * @param name the field name, non-null
 * @param type the scalar type, non-null
 */
public record FieldRef(String name, ScalarType type) {
    public FieldRef {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("field name must be non-empty, got " + (name == null ? "null" : "\"\""));
        }
        if (type == null) {
            throw new IllegalArgumentException("type of field '" + name + "' must be non-null");
        }
    }
}
