package io.partita.server.engine.core;

import io.partita.server.expr.JsonValues;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import java.util.List;
import java.util.Map;

/**
 * Checks the documents of a JSON column on insert: every row must be one valid JSON value; rows
 * of the dynamic field {@code $meta} must be objects whose keys are neither {@code $meta} nor a
 * schema field. Refusals name the field and the row.
 */
final class JsonChecks {
    private JsonChecks() {}

    static void check(LifecycleProfile profile, List<FieldSchema> fields, FieldSchema f, FieldColumn c) {
        byte[][] docs = c.jsonBytes();
        for (int row = 0; row < docs.length; row++) {
            if (docs[row] == null) {
                throw profile.invalidParameter("JSON field " + f.name() + " has no value at row " + row);
            }
            Object value;
            try {
                value = JsonValues.parse(docs[row]);
            } catch (IllegalArgumentException e) {
                throw profile.invalidParameter(
                        "invalid JSON in field " + f.name() + " at row " + row + ": " + e.getMessage());
            }
            if (f.dynamic()) {
                checkDynamic(profile, fields, row, value);
            }
        }
    }

    // Rules and texts of Milvus 2.3's proxy, verifyDynamicFieldData (internal/proxy/util.go).
    private static void checkDynamic(LifecycleProfile profile, List<FieldSchema> fields, int row, Object value) {
        if (!(value instanceof Map<?, ?> keys)) {
            throw profile.invalidParameter("the dynamic field " + FieldSchema.DYNAMIC_FIELD_NAME + " at row " + row
                    + " must be a JSON object, milvus only supports json map");
        }
        if (keys.containsKey(FieldSchema.DYNAMIC_FIELD_NAME)) {
            throw profile.invalidParameter("cannot set json key to: " + FieldSchema.DYNAMIC_FIELD_NAME);
        }
        for (FieldSchema s : fields) {
            if (!s.dynamic() && keys.containsKey(s.name())) {
                throw profile.invalidParameter("dynamic field name cannot include the static field name: " + s.name());
            }
        }
    }
}
