package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldSchema;

/**
 * Which fields may be nullable or carry a default value, and whether a default fits its field.
 * Texts follow Milvus's proxy (internal/proxy/task.go, checkFieldNullable / checkDefaultValue).
 */
final class NullableRules {
    private NullableRules() {}

    static void check(LifecycleProfile profile, FieldSchema f) {
        if (f.nullable() && f.primaryKey()) {
            throw profile.invalidParameter("primary field not support null, field: " + f.name());
        }
        if (f.nullable() && f.dataType().isVector() && !profile.acceptsNullableVectors()) {
            throw profile.invalidParameter("vector type not support null, field: " + f.name());
        }
        Object d = f.defaultValue();
        if (d == null) {
            return;
        }
        if (f.primaryKey()) {
            throw profile.invalidParameter("primary field not support default_value, field: " + f.name());
        }
        boolean fits = switch (f.dataType()) {
            case BOOL -> d instanceof Boolean;
            case INT8, INT16, INT32, INT64 -> d instanceof Long;
            case FLOAT, DOUBLE -> d instanceof Double;
            case VARCHAR -> d instanceof String;
            default -> false;
        };
        if (!fits) {
            throw profile.invalidParameter("type (" + f.dataType() + ") of field (" + f.name()
                    + ") is not equal to the type of default_value ("
                    + d.getClass().getSimpleName() + ")");
        }
        if (d instanceof Long l && (f.dataType() == DataType.INT8 || f.dataType() == DataType.INT16)) {
            long lo = f.dataType() == DataType.INT8 ? Byte.MIN_VALUE : Short.MIN_VALUE;
            long hi = f.dataType() == DataType.INT8 ? Byte.MAX_VALUE : Short.MAX_VALUE;
            if (l < lo || l > hi) {
                throw profile.invalidParameter(
                        "default_value " + l + " of field " + f.name() + " is out of range for " + f.dataType());
            }
        }
    }
}
