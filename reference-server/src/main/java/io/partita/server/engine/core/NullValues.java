package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.storage.Columns;
import java.util.Arrays;
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
            FieldColumn d = Columns.absent(f, n).withValid(null);
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
        return Columns.absent(f, n);
    }

    private static boolean[] allTrue(int n) {
        boolean[] a = new boolean[n];
        Arrays.fill(a, true);
        return a;
    }
}
