package io.partita.server.expr;

import java.util.List;

/**
 * A field an expression may name: its name as written in expressions and its scalar type.
 * Its index in the list handed to {@link FilterExpressions#compile} is the index the compiled
 * filter passes to {@link RowAccessor#get(int)}.
 *
 * @param name the field name, non-null
 * @param type the scalar type, non-null
 * @param nullable whether rows may hold null ({@link RowAccessor#get} then returns null); a
 *     comparison with a null value does not match, {@code is null} does
 * @param tokenizer for a VARCHAR field with {@code enable_match}, its analyzer (text → tokens),
 *     which {@code text_match} uses; null for every other field
 * @param notLoaded null when the field's values are at hand; otherwise how to name the field in
 *     the refusal of an expression that reads it (a partial load left it out of memory): naming it
 *     fails with {@code field <notLoaded> is not loaded}, or for a key of a dynamic field left out
 *     {@code field <key> is dynamic but dynamic field is not loaded}
 */
public record FieldRef(
        String name,
        ScalarType type,
        boolean nullable,
        java.util.function.Function<String, List<String>> tokenizer,
        String notLoaded) {
    public FieldRef {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("field name must be non-empty, got " + (name == null ? "null" : "\"\""));
        }
        if (type == null) {
            throw new IllegalArgumentException("type of field '" + name + "' must be non-null");
        }
    }

    /** A field whose values are at hand, with text matching when {@code tokenizer} is non-null. */
    public FieldRef(
            String name,
            ScalarType type,
            boolean nullable,
            java.util.function.Function<String, List<String>> tokenizer) {
        this(name, type, nullable, tokenizer, null);
    }

    /** A field whose values are at hand, without text matching. */
    public FieldRef(String name, ScalarType type, boolean nullable) {
        this(name, type, nullable, null);
    }

    /** A field that is never null. */
    public FieldRef(String name, ScalarType type) {
        this(name, type, false);
    }
}
