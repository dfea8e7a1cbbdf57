package io.partita.server.engine.core;

import io.partita.server.expr.ExpressionException;
import io.partita.server.expr.FieldRef;
import io.partita.server.expr.FilterExpressions;
import io.partita.server.expr.JsonValues;
import io.partita.server.expr.RowAccessor;
import io.partita.server.expr.RowFilter;
import io.partita.server.expr.ScalarType;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldSchema;
import io.partita.server.storage.SegmentData;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Compiles boolean expressions over a collection's scalar fields and evaluates them on segments. */
final class Filters {
    private Filters() {}

    /** A compiled expression; {@code columns[i]} is the schema column of expression field {@code i}. */
    record Compiled(RowFilter filter, int[] columns) {}

    /** Compiles {@code expr}; empty or blank means "no filter" (null). */
    static Compiled compile(LifecycleProfile profile, List<FieldSchema> fields, String expr) {
        return compile(profile, fields, expr, null);
    }

    /**
     * As {@link #compile(LifecycleProfile, List, String)} over a load holding only the fields
     * marked in {@code resident} (null = every field): naming another field is refused.
     */
    static Compiled compile(LifecycleProfile profile, List<FieldSchema> fields, String expr, boolean[] resident) {
        if (expr == null || expr.isBlank()) {
            return null;
        }
        List<FieldRef> refs = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            ScalarType t = scalarType(fields.get(i).dataType());
            if (t != null) {
                FieldSchema f = fields.get(i);
                java.util.function.Function<String, List<String>> tokenizer =
                        f.flag(FieldSchema.ENABLE_MATCH) ? TextFields.analyzer(profile, f)::tokens : null;
                String notLoaded = LoadFields.holds(resident, i) ? null : LoadFields.describe(f);
                refs.add(new FieldRef(f.name(), t, f.nullable(), tokenizer, notLoaded));
                columns.add(i);
            }
        }
        try {
            RowFilter f = FilterExpressions.compile(expr, refs);
            return new Compiled(f, columns.stream().mapToInt(Integer::intValue).toArray());
        } catch (ExpressionException e) {
            throw profile.invalidParameter(
                    "cannot parse expression: " + FilterExpressions.shown(expr) + ", error: " + e.getMessage());
        }
    }

    /** The keys of a {@code pk in [..]} / {@code pk == k} expression, or null for any other shape. */
    static List<Object> primaryKeyTerms(FieldSchema pk, String expr) {
        try {
            return FilterExpressions.primaryKeyTerms(expr, new FieldRef(pk.name(), scalarType(pk.dataType())))
                    .orElse(null);
        } catch (ExpressionException e) {
            return null;
        }
    }

    static ScalarType scalarType(DataType t) {
        switch (t) {
            case BOOL:
                return ScalarType.BOOL;
            case INT8:
                return ScalarType.INT8;
            case INT16:
                return ScalarType.INT16;
            case INT32:
                return ScalarType.INT32;
            case INT64:
            case TIMESTAMPTZ: // µs UTC; compared with ISO '...' literals (ExpressionCompiler)
                return ScalarType.INT64;
            case FLOAT:
                return ScalarType.FLOAT;
            case DOUBLE:
                return ScalarType.DOUBLE;
            case VARCHAR:
                return ScalarType.VARCHAR;
            case GEOMETRY:
                return ScalarType.GEOMETRY;
            case JSON:
            case ARRAY:
                return ScalarType.JSON; // arrays are held and filtered as JSON arrays
            default:
                return null;
        }
    }

    /** Rows of {@code seg} to skip: deleted ones and, with a filter, those it rejects. Null = none. */
    static BitSet excluded(SegmentData seg, Compiled filter) {
        if (filter == null) {
            return seg.deleted();
        }
        BitSet out = seg.deleted() == null
                ? new BitSet(seg.rowCount())
                : (BitSet) seg.deleted().clone();
        Row row = new Row(seg, filter.columns());
        for (int r = 0; r < seg.rowCount(); r++) {
            if (!out.get(r)) {
                row.index = r;
                if (!filter.filter().test(row)) {
                    out.set(r);
                }
            }
        }
        return out;
    }

    /**
     * The rows a search of vector field {@code vectorField} skips: {@link #excluded} and the rows
     * whose vector is null (a nullable vector field, Milvus 2.6: segcore searches the valid rows
     * only). Null = none.
     */
    static BitSet searchExcluded(SegmentData seg, Compiled filter, int vectorField) {
        BitSet out = excluded(seg, filter);
        boolean[] valid = seg.column(vectorField).valid();
        if (valid == null) {
            return out;
        }
        BitSet withNulls = out == null ? new BitSet(seg.rowCount()) : (BitSet) out.clone();
        for (int r = 0; r < valid.length; r++) {
            if (!valid[r]) {
                withNulls.set(r);
            }
        }
        return withNulls;
    }

    /**
     * Reads expression fields of one row; scalars as Long/Double/Boolean/String, JSON parsed
     * (once per row and field, however often the expression reads it).
     */
    private static final class Row implements RowAccessor {
        private final SegmentData seg;
        private final int[] columns;
        private final Object[] parsed;
        private final int[] parsedRow;
        int index;

        Row(SegmentData seg, int[] columns) {
            this.seg = seg;
            this.columns = columns;
            this.parsed = new Object[columns.length];
            this.parsedRow = new int[columns.length];
            java.util.Arrays.fill(parsedRow, -1);
        }

        @Override
        public Object get(int fieldIndex) {
            Object v = seg.column(columns[fieldIndex]).scalar(index);
            if (v instanceof byte[] json) {
                if (parsedRow[fieldIndex] != index) {
                    parsed[fieldIndex] = JsonValues.parse(json);
                    parsedRow[fieldIndex] = index;
                }
                return parsed[fieldIndex];
            }
            return v instanceof Float ? Double.valueOf((Float) v) : v;
        }
    }
}
