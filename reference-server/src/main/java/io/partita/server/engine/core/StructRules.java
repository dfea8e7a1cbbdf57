package io.partita.server.engine.core;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.StructFields;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of struct array fields (Milvus 2.6, {@link DataType#STRUCT_ARRAY}), with the texts of
 * milvus-io/milvus internal/proxy/util.go ({@code ValidateStructArrayField}, {@code
 * ValidateFieldsInStruct}, {@code validateStructArrayFieldMaxCapacity}, {@code validatePrimaryKey},
 * {@code ValidateFieldAutoID}) where Milvus has one: at least one sub-field; sub-fields of the
 * element types Milvus's "Array of Structs" page lists (FLOAT_VECTOR; VARCHAR, INT8..INT64, FLOAT,
 * DOUBLE, BOOL); one {@code max_capacity} (1..4096) shared by every sub-field; no primary key,
 * auto id, nullable or default value inside a struct. Rows are checked against the sub-fields and
 * stored in one canonical form: {@code {"sub": [elements], ...}} in schema order.
 */
final class StructRules {
    private static final Set<DataType> ELEMENT_TYPES = EnumSet.of(
            DataType.FLOAT_VECTOR,
            DataType.VARCHAR,
            DataType.INT8,
            DataType.INT16,
            DataType.INT32,
            DataType.INT64,
            DataType.FLOAT,
            DataType.DOUBLE,
            DataType.BOOL);

    private StructRules() {}

    /**
     * The struct field checked, its sub-fields numbered from {@code firstId + 1} (the struct itself
     * is {@code firstId}, as Milvus's rootcoord assigns them); {@code seen} holds the names taken.
     */
    static FieldSchema checkSchema(
            LifecycleProfile profile, String collection, FieldSchema f, long firstId, Set<String> seen) {
        List<FieldSchema> subs = f.structFields();
        if (subs.isEmpty()) {
            throw profile.invalidParameter("struct array field " + f.name() + " has no sub-fields");
        }
        long id = firstId + 1;
        Integer capacity = null;
        List<FieldSchema> out = new ArrayList<>();
        for (FieldSchema sub : subs) {
            String name = Names.check(profile, "field", sub.name());
            if (!seen.add(name)) {
                throw profile.invalidParameter("duplicated field name: " + name);
            }
            if (sub.primaryKey()) {
                throw profile.invalidParameter("primary key is not supported for struct field, field name = " + name);
            }
            if (sub.autoId()) {
                throw profile.invalidParameter("autoID is not supported for struct field, field name = " + name);
            }
            if (sub.nullable()) {
                throw profile.invalidParameter("sub-field in non-nullable struct cannot be nullable individually,"
                        + " set nullable on the struct instead: structName=" + f.name() + ", subFieldName=" + name);
            }
            if (sub.defaultValue() != null) {
                throw profile.invalidParameter("default value is not supported for struct field, field name = " + name);
            }
            if (sub.dataType() == null || !ELEMENT_TYPES.contains(sub.dataType())) {
                throw profile.invalidParameter("element type " + (sub.dataType() == null ? "unknown" : sub.dataType())
                        + " of field " + name + " in struct " + f.name()
                        + " is not supported: it must be FloatVector, VarChar, Int8/16/32/64, Float, Double or Bool");
            }
            int cap = intParam(sub, "max_capacity");
            if (!sub.typeParams().containsKey("max_capacity")) {
                throw profile.invalidParameter("type param(max_capacity) should be specified for array field " + name
                        + " of collection " + collection);
            }
            if (cap <= 0 || cap > ArrayRules.MAX_CAPACITY) {
                throw profile.invalidParameter("the maximum capacity specified for a Array should be in (0, "
                        + ArrayRules.MAX_CAPACITY + "], field " + name + ", got "
                        + sub.typeParams().get("max_capacity"));
            }
            if (capacity == null) {
                capacity = cap;
            } else if (cap != capacity) {
                throw profile.invalidParameter("all sub-fields in struct array field must have the same max_capacity:"
                        + " structName=" + f.name() + ", subFieldName=" + name + ", max_capacity=" + cap
                        + ", expected=" + capacity);
            }
            if (sub.dataType() == DataType.FLOAT_VECTOR) {
                int dim = sub.dim();
                if (dim <= 0 || dim > SchemaValidator.MAX_DIM) {
                    throw profile.invalidParameter(
                            "invalid dimension: " + sub.typeParams().get("dim") + " of field " + name
                                    + ". should be in range 1 ~ " + SchemaValidator.MAX_DIM);
                }
            }
            if (sub.dataType() == DataType.VARCHAR) {
                int len = intParam(sub, "max_length");
                if (len <= 0 || len > SchemaValidator.MAX_VARCHAR) {
                    throw profile.invalidParameter(
                            "invalid max_length: " + sub.typeParams().get("max_length") + " of varchar field " + name
                                    + ". should be in range 1 ~ " + SchemaValidator.MAX_VARCHAR);
                }
            }
            Map<String, String> params = new LinkedHashMap<>(sub.typeParams());
            params.remove("max_capacity");
            out.add(new FieldSchema(id++, name, sub.description(), sub.dataType(), false, false, params));
        }
        Map<String, String> params = new LinkedHashMap<>(f.typeParams());
        params.remove(FieldSchema.STRUCT_FIELDS);
        params.put("max_capacity", Integer.toString(capacity));
        return new FieldSchema(
                firstId,
                f.name(),
                f.description(),
                DataType.STRUCT_ARRAY,
                false,
                false,
                StructFields.withSubFields(params, out));
    }

    /** The vector sub-fields of a schema's struct fields: how many vector fields they add. */
    static long vectorSubFields(List<FieldSchema> fields) {
        return fields.stream()
                .filter(f -> f.dataType() == DataType.STRUCT_ARRAY)
                .flatMap(f -> f.structFields().stream())
                .filter(s -> s.dataType().isVector())
                .count();
    }

    /**
     * Checks a struct column's rows against the field's sub-fields (every sub-field present, as
     * many elements in each, at most {@code max_capacity}, elements of the sub-field's type) and
     * answers it in the canonical stored form.
     */
    static FieldColumn checkRows(LifecycleProfile profile, FieldSchema f, FieldColumn c) {
        List<FieldSchema> subs = f.structFields();
        int cap = intParam(f, "max_capacity");
        byte[][] rows = c.jsonBytes();
        byte[][] out = new byte[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            JsonObject given = JsonParser.parseString(new String(rows[r], StandardCharsets.UTF_8))
                    .getAsJsonObject();
            for (String key : given.keySet()) {
                if (subs.stream().noneMatch(s -> s.name().equals(key))) {
                    throw profile.invalidParameter(
                            "field " + key + " does not exist in struct array field " + f.name());
                }
            }
            JsonObject canonical = new JsonObject();
            int elements = -1;
            for (FieldSchema sub : subs) {
                JsonElement v = given.get(sub.name());
                if (v == null || !v.isJsonArray()) {
                    throw profile.invalidParameter("sub-field " + sub.name() + " of struct array field " + f.name()
                            + " has no data at row " + r);
                }
                JsonArray a = v.getAsJsonArray();
                if (elements < 0) {
                    elements = a.size();
                } else if (a.size() != elements) {
                    throw profile.invalidParameter("the sub-fields of struct array field " + f.name()
                            + " hold different numbers of elements at row " + r + ": " + elements + " and "
                            + a.size() + " (" + sub.name() + ")");
                }
                canonical.add(sub.name(), elements(profile, f, sub, a, r));
            }
            if (elements > cap) {
                throw profile.invalidParameter("the length (" + elements + ") of " + r
                        + "th array exceeds max capacity (" + cap + "), field " + f.name());
            }
            out[r] = canonical.toString().getBytes(StandardCharsets.UTF_8);
        }
        return FieldColumn.jsons(c.name(), out).as(DataType.STRUCT_ARRAY);
    }

    private static JsonArray elements(
            LifecycleProfile profile, FieldSchema f, FieldSchema sub, JsonArray given, int row) {
        JsonArray out = new JsonArray();
        String where = " (sub-field " + sub.name() + " of struct array field " + f.name() + ", row " + row + ")";
        for (JsonElement e : given) {
            switch (sub.dataType()) {
                case FLOAT_VECTOR -> {
                    if (!e.isJsonArray() || e.getAsJsonArray().size() != sub.dim()) {
                        throw profile.invalidParameter("the dim ("
                                + (e.isJsonArray() ? e.getAsJsonArray().size() : 0)
                                + ") of a vector does not match the dim (" + sub.dim() + ")" + where);
                    }
                    JsonArray v = new JsonArray();
                    for (JsonElement x : e.getAsJsonArray()) {
                        float fl = number(profile, x, where).floatValue();
                        if (Float.isNaN(fl) || Float.isInfinite(fl)) {
                            throw profile.invalidParameter("value is not a number or infinity" + where);
                        }
                        v.add(new JsonPrimitive(fl));
                    }
                    out.add(v);
                }
                case VARCHAR -> {
                    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                        throw profile.invalidParameter("a VarChar element must be a string" + where);
                    }
                    int len = e.getAsString().getBytes(StandardCharsets.UTF_8).length;
                    int max = intParam(sub, "max_length");
                    if (len > max) {
                        throw profile.invalidParameter(
                                "the length (" + len + ") of an element exceeds max length (" + max + ")" + where);
                    }
                    out.add(e.getAsString());
                }
                case BOOL -> {
                    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
                        throw profile.invalidParameter("a Bool element must be true or false" + where);
                    }
                    out.add(e.getAsBoolean());
                }
                case FLOAT ->
                    out.add(new JsonPrimitive(number(profile, e, where).floatValue()));
                case DOUBLE -> out.add(number(profile, e, where).doubleValue());
                default -> {
                    Number n = number(profile, e, where);
                    long l = n.longValue();
                    if (l != n.doubleValue()) {
                        throw profile.invalidParameter("an integer element must be a whole number" + where);
                    }
                    long lo = sub.dataType() == DataType.INT8
                            ? Byte.MIN_VALUE
                            : sub.dataType() == DataType.INT16
                                    ? Short.MIN_VALUE
                                    : sub.dataType() == DataType.INT32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
                    long hi = -lo - 1;
                    if (l < lo || l > hi) {
                        throw profile.invalidParameter("value " + l + " is out of range for " + sub.dataType() + where);
                    }
                    out.add(l);
                }
            }
        }
        return out;
    }

    private static Number number(LifecycleProfile profile, JsonElement e, String where) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw profile.invalidParameter("a numeric element is expected, got " + e + where);
        }
        return e.getAsJsonPrimitive().getAsBigDecimal();
    }

    private static int intParam(FieldSchema f, String key) {
        try {
            return Integer.parseInt(f.typeParams().getOrDefault(key, "-1").trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
