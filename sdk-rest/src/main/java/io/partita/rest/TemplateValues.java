package io.partita.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * Filter template values ({@code expr_template_values} of Search, Query and Delete) in the
 * protobuf JSON shape of the {@code /api/v1} bodies: each value a {@code TemplateValue} object
 * ({@code {"int64_val": 3}}, {@code {"array_val": {"string_data": {"data": [..]}}}}). The values
 * are already checked by sdk-core's {@code FilterTemplateValues}.
 */
final class TemplateValues {
    private TemplateValues() {}

    /** Adds {@code expr_template_values} to the body when there are any. */
    static Body addTo(Body b, Map<String, Object> values) {
        if (values.isEmpty()) {
            return b;
        }
        JsonObject out = new JsonObject();
        values.forEach((k, v) -> out.add(k, value(v)));
        return b.add("expr_template_values", out);
    }

    /** The values as RESTful v2's {@code exprParams}: plain JSON values and arrays. */
    static JsonObject plain(Map<String, Object> values) {
        JsonObject out = new JsonObject();
        values.forEach((k, v) -> out.add(k, plainValue(v)));
        return out;
    }

    private static com.google.gson.JsonElement plainValue(Object v) {
        if (v instanceof List) {
            JsonArray a = new JsonArray();
            ((List<?>) v).forEach(e -> a.add(plainValue(e)));
            return a;
        }
        if (v instanceof Boolean) {
            return new com.google.gson.JsonPrimitive((Boolean) v);
        }
        if (v instanceof Number) {
            return new com.google.gson.JsonPrimitive((Number) v);
        }
        return new com.google.gson.JsonPrimitive((String) v);
    }

    private static JsonObject value(Object v) {
        JsonObject o = new JsonObject();
        if (v instanceof Boolean) {
            o.addProperty("bool_val", (Boolean) v);
        } else if (v instanceof Long) {
            o.addProperty("int64_val", Long.toString((Long) v)); // protobuf JSON: int64 as a string
        } else if (v instanceof Double) {
            o.addProperty("float_val", (Double) v);
        } else if (v instanceof String) {
            o.addProperty("string_val", (String) v);
        } else {
            o.add("array_val", array((List<?>) v));
        }
        return o;
    }

    private static JsonObject array(List<?> list) {
        JsonObject o = new JsonObject();
        if (list.isEmpty()) {
            return o;
        }
        Object first = list.get(0);
        JsonArray data = new JsonArray(list.size());
        String kind;
        if (first instanceof List) {
            list.forEach(inner -> data.add(array((List<?>) inner)));
            kind = "array_data";
        } else {
            for (Object e : list) {
                if (e instanceof Boolean) {
                    data.add((Boolean) e);
                } else if (e instanceof Long) {
                    data.add(Long.toString((Long) e));
                } else if (e instanceof Double) {
                    data.add((Double) e);
                } else {
                    data.add((String) e);
                }
            }
            kind = first instanceof Boolean
                    ? "bool_data"
                    : first instanceof Long ? "long_data" : first instanceof Double ? "double_data" : "string_data";
        }
        JsonObject holder = new JsonObject();
        holder.add("data", data);
        o.add(kind, holder);
        return o;
    }
}
