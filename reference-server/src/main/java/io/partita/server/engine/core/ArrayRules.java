package io.partita.server.engine.core;

import io.partita.server.expr.JsonValues;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * ARRAY fields: the schema needs a scalar element type and {@code max_capacity} in 1..4096
 * (VARCHAR elements also {@code max_length}); on insert no row may hold more elements than the
 * capacity nor a string longer than {@code max_length}. Limits from Milvus's proxy
 * (internal/proxy/validate_util.go, paramtable {@code maxCapacity} 4096).
 */
final class ArrayRules {
    static final int MAX_CAPACITY = 4096;

    private ArrayRules() {}

    static void checkSchema(LifecycleProfile profile, FieldSchema f) {
        DataType e = f.elementType();
        if (e == null || e.isVector() || e == DataType.ARRAY || e == DataType.JSON) {
            throw profile.invalidParameter("element type " + f.typeParams().get(FieldSchema.ELEMENT_TYPE)
                    + " of array field " + f.name() + " is not supported: it must be a scalar type");
        }
        int cap = intParam(f, "max_capacity");
        if (cap <= 0 || cap > MAX_CAPACITY) {
            throw profile.invalidParameter("the maximum capacity specified for a Array should be in (0, " + MAX_CAPACITY
                    + "], field " + f.name() + ", got " + f.typeParams().get("max_capacity"));
        }
        if (e == DataType.VARCHAR) {
            int len = intParam(f, "max_length");
            if (len <= 0 || len > SchemaValidator.MAX_VARCHAR) {
                throw profile.invalidParameter(
                        "invalid max_length: " + f.typeParams().get("max_length")
                                + " of varchar elements of array field " + f.name() + ". should be in range 1 ~ "
                                + SchemaValidator.MAX_VARCHAR);
            }
        }
    }

    /** Checks the rows and returns the column tagged with the schema's element type. */
    static FieldColumn checkRows(LifecycleProfile profile, FieldSchema f, FieldColumn c) {
        DataType given = DataType.fromNumber(c.dim());
        if (given != null && wireKind(given) != wireKind(f.elementType())) {
            throw profile.invalidParameter("the element type of array field " + f.name() + " doesn't match, expected: "
                    + f.elementType() + ", got " + given);
        }
        int cap = intParam(f, "max_capacity");
        int maxLength = f.elementType() == DataType.VARCHAR ? intParam(f, "max_length") : -1;
        byte[][] rows = c.jsonBytes();
        for (int r = 0; r < rows.length; r++) {
            if (c.isNull(r)) {
                continue;
            }
            List<?> values = (List<?>) JsonValues.parse(rows[r]);
            if (values.size() > cap) {
                // text of Milvus's proxy (validate_util.go), which counts rows from 0 as "0th"
                throw profile.invalidParameter("the length (" + values.size() + ") of " + r
                        + "th array exceeds max capacity (" + cap + "), field " + f.name());
            }
            if (maxLength > 0) {
                for (Object v : values) {
                    int len = ((String) v).getBytes(StandardCharsets.UTF_8).length;
                    if (len > maxLength) {
                        throw profile.invalidParameter("the length (" + len + ") of an element of array field "
                                + f.name() + " at row " + r + " exceeds max length (" + maxLength + ")");
                    }
                }
            }
        }
        FieldColumn tagged = FieldColumn.arrays(c.name(), f.elementType(), c.jsonBytes());
        return c.valid() == null ? tagged : tagged.withValid(c.valid());
    }

    /** Element types that travel in the same wire array (INT8/INT16/INT32 all as int_data). */
    private static DataType wireKind(DataType t) {
        return t == DataType.INT8 || t == DataType.INT16 ? DataType.INT32 : t;
    }

    private static int intParam(FieldSchema f, String key) {
        try {
            return Integer.parseInt(f.typeParams().getOrDefault(key, "-1").trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
