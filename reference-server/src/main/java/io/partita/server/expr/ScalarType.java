package io.partita.server.expr;

/**
 * The scalar field types a filter expression can reference.
 *
 * <p>Row values reach the evaluator as {@link Long} for the integer types, {@link Double} for
 * {@code FLOAT} and {@code DOUBLE}, {@link Boolean} for {@code BOOL} and {@link String} for
 * {@code VARCHAR}, a {@link JsonValues} value for {@code JSON} (see {@link RowAccessor}).
 */
public enum ScalarType {
    BOOL,
    INT8,
    INT16,
    INT32,
    INT64,
    FLOAT,
    DOUBLE,
    VARCHAR,
    /** A JSON document; a JSON field named {@code $meta} is the dynamic field, whose keys are named bare. */
    JSON,
    /**
     * A geometry, held as its WKT text; only {@code is null} and {@code is not null} test it
     * (spatial functions are not served).
     */
    GEOMETRY;

    /** True for {@code INT8} to {@code INT64}. */
    public boolean isInteger() {
        return this == INT8 || this == INT16 || this == INT32 || this == INT64;
    }

    /** True for {@code FLOAT} and {@code DOUBLE}. */
    public boolean isFloatingPoint() {
        return this == FLOAT || this == DOUBLE;
    }
}
