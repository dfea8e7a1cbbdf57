package io.partita.server.expr;

import java.util.List;

/** A fixed schema and row shared by the table-driven tests. */
final class TestRows {
    static final List<FieldRef> FIELDS = List.of(
            new FieldRef("age", ScalarType.INT64),
            new FieldRef("score", ScalarType.DOUBLE),
            new FieldRef("name", ScalarType.VARCHAR),
            new FieldRef("ok", ScalarType.BOOL),
            new FieldRef("tiny", ScalarType.INT8),
            new FieldRef("ratio", ScalarType.FLOAT),
            new FieldRef("city", ScalarType.VARCHAR),
            new FieldRef("off", ScalarType.BOOL),
            new FieldRef("zero", ScalarType.INT32),
            new FieldRef("big", ScalarType.INT64));

    /** age=30, score=2.5, name="alice", ok=true, tiny=-3, ratio=0.5, city="Zürich", off=false, zero=0, big=2^53+1. */
    static final Object[] ROW = {30L, 2.5, "alice", true, -3L, 0.5, "Zürich", false, 0L, 9007199254740993L};

    private TestRows() {}

    static RowAccessor row(Object... values) {
        return i -> values[i];
    }

    static boolean eval(String expression) {
        return FilterExpressions.compile(expression, FIELDS).test(row(ROW));
    }
}
