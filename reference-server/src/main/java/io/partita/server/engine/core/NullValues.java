package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.storage.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Null and default values on insert: a null row of a field with a default gets the default; a
 * null row of a non-nullable field without one is refused naming field and row; an omitted
 * optional field becomes all default or all null. Columns of nullable fields always leave here
 * with a validity mask, so storage can rely on it.
 */
final class NullValues {
    private NullValues() {}

    static FieldColumn normalize(LifecycleProfile profile, FieldSchema f, FieldColumn c) {
        boolean[] valid = c.valid();
        int n = c.rowCount();
        if (valid == null) {
            return f.nullable() ? c.withValid(allTrue(n)) : c;
        }
        int firstNull = -1;
        for (int i = 0; i < n && firstNull < 0; i++) {
            if (!valid[i]) {
                firstNull = i;
            }
        }
        if (firstNull < 0) {
            return f.nullable() ? c : c.withValid(null);
        }
        if (f.defaultValue() != null) {
            FieldColumn d = constant(f, n);
            int[] pick = new int[n];
            for (int i = 0; i < n; i++) {
                pick[i] = valid[i] ? i : n + i;
            }
            FieldColumn filled = Columns.select(List.of(c, d), pick);
            return f.nullable() ? filled.withValid(allTrue(n)) : filled.withValid(null);
        }
        if (!f.nullable()) {
            throw profile.invalidParameter("the value of field " + f.name() + " at row " + firstNull
                    + " is null but the field is not nullable");
        }
        return c;
    }

    /** The column for an optional field the insert left out. */
    static FieldColumn omitted(FieldSchema f, int n) {
        if (f.defaultValue() != null) {
            FieldColumn d = constant(f, n);
            return f.nullable() ? d.withValid(allTrue(n)) : d;
        }
        return Columns.zeros(f.name(), f.dataType(), f.columnDim(), n).withValid(new boolean[n]);
    }

    private static FieldColumn constant(FieldSchema f, int n) {
        Object v = f.defaultValue();
        switch (f.dataType()) {
            case BOOL: {
                boolean[] a = new boolean[n];
                Arrays.fill(a, (Boolean) v);
                return FieldColumn.bools(f.name(), a);
            }
            case INT8:
            case INT16:
            case INT32: {
                int[] a = new int[n];
                Arrays.fill(a, ((Long) v).intValue());
                return FieldColumn.ints(f.name(), f.dataType(), a);
            }
            case INT64: {
                long[] a = new long[n];
                Arrays.fill(a, (Long) v);
                return FieldColumn.longs(f.name(), a);
            }
            case FLOAT: {
                float[] a = new float[n];
                Arrays.fill(a, ((Double) v).floatValue());
                return FieldColumn.floats(f.name(), a);
            }
            case DOUBLE: {
                double[] a = new double[n];
                Arrays.fill(a, (Double) v);
                return FieldColumn.doubles(f.name(), a);
            }
            default:
                return FieldColumn.varchars(f.name(), new ArrayList<>(Collections.nCopies(n, (String) v)));
        }
    }

    private static boolean[] allTrue(int n) {
        boolean[] a = new boolean[n];
        Arrays.fill(a, true);
        return a;
    }
}
