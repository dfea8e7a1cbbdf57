package io.partita.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.partita.model.IDs;
import io.partita.model.KeyValuePair;
import io.partita.model.LongArray;
import io.partita.model.Status;
import io.partita.model.StringArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads answer fields the way the protobuf JSON mapping writes them: an absent field is its zero
 * value; 64-bit integers may be JSON strings or numbers; enums are numbers. A field of the wrong
 * type raises {@link IllegalAnswerException} naming it. The server's status is copied field for
 * field, never interpreted.
 */
final class JsonValues {
    private JsonValues() {}

    /** @return the {@code status} object of a response message; its absence is an illegal answer */
    static Status status(JsonObject response) {
        JsonElement s = response.get("status");
        if (s == null || !s.isJsonObject()) {
            throw new IllegalAnswerException("the answer has no \"status\" object" + (s == null ? "" : ", got " + s));
        }
        return statusOf(s.getAsJsonObject());
    }

    /** @return a {@code common.Status} JSON object as a Partita status */
    static Status statusOf(JsonObject s) {
        return Status.newBuilder()
                .setErrorCodeValue(integer(s, "error_code"))
                .setCode(integer(s, "code"))
                .setReason(str(s, "reason"))
                .setRetriable(bool(s, "retriable"))
                .setDetail(str(s, "detail"))
                .putAllExtraInfo(extraInfo(s))
                .build();
    }

    /** The status's {@code extra_info} object (string values), empty when absent. */
    private static java.util.Map<String, String> extraInfo(JsonObject s) {
        JsonElement e = s.get("extra_info");
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (e != null && e.isJsonObject()) {
            e.getAsJsonObject().entrySet().forEach(kv -> {
                if (kv.getValue().isJsonPrimitive()) {
                    out.put(kv.getKey(), kv.getValue().getAsString());
                }
            });
        }
        return out;
    }

    static String str(JsonObject o, String key) {
        JsonPrimitive p = primitive(o, key, "a string");
        return p == null ? "" : p.getAsString();
    }

    static long lng(JsonObject o, String key) {
        JsonPrimitive p = primitive(o, key, "an integer");
        return p == null ? 0 : asLong(key, p);
    }

    /** @return a number field as a float; 0 when absent (proto JSON may write it as a string, e.g. "NaN") */
    static float flt(JsonObject o, String key) {
        JsonPrimitive p = primitive(o, key, "a number");
        return p == null ? 0f : number(key, p).floatValue();
    }

    static int integer(JsonObject o, String key) {
        return (int) lng(o, key);
    }

    static boolean bool(JsonObject o, String key) {
        JsonPrimitive p = primitive(o, key, "a boolean");
        if (p == null) {
            return false;
        }
        if (!p.isBoolean()) {
            throw wrongType(key, "a boolean", p);
        }
        return p.getAsBoolean();
    }

    static JsonObject obj(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonObject()) {
            throw wrongType(key, "an object", e);
        }
        return e.getAsJsonObject();
    }

    static List<JsonObject> objs(JsonObject o, String key) {
        return list(o, key, e -> {
            if (!e.isJsonObject()) {
                throw wrongType(key, "an array of objects", e);
            }
            return e.getAsJsonObject();
        });
    }

    static List<String> strs(JsonObject o, String key) {
        return list(o, key, e -> primitiveElement(key, e, "strings").getAsString());
    }

    static List<Long> longs(JsonObject o, String key) {
        return list(o, key, e -> asLong(key, primitiveElement(key, e, "integers")));
    }

    static List<Integer> ints(JsonObject o, String key) {
        return list(o, key, e -> (int) asLong(key, primitiveElement(key, e, "integers")));
    }

    static List<Float> floats(JsonObject o, String key) {
        return list(
                o, key, e -> number(key, primitiveElement(key, e, "numbers")).floatValue());
    }

    static List<Double> doubles(JsonObject o, String key) {
        return list(o, key, e -> number(key, primitiveElement(key, e, "numbers")));
    }

    static List<Boolean> bools(JsonObject o, String key) {
        return list(o, key, e -> {
            JsonPrimitive p = primitiveElement(key, e, "booleans");
            if (!p.isBoolean()) {
                throw wrongType(key, "an array of booleans", e);
            }
            return p.getAsBoolean();
        });
    }

    /** @return {@code [{"key", "value"}, ...]} as Partita pairs */
    static List<KeyValuePair> pairs(JsonObject o, String key) {
        List<KeyValuePair> out = new ArrayList<>();
        for (JsonObject kv : objs(o, key)) {
            out.add(KeyValuePair.newBuilder()
                    .setKey(str(kv, "key"))
                    .setValue(str(kv, "value"))
                    .build());
        }
        return out;
    }

    /**
     * Milvus's Go server prints a oneof as {@code "IdField":{"IntId":{...}}} where the protobuf
     * JSON mapping writes {@code "int_id":{...}}.
     *
     * @return {@code o} with its Go-case oneof {@code goOneof} (if any) replaced by the member under
     *     its proto name; {@code o} itself when it has none. Never modifies {@code o}.
     */
    static JsonObject oneof(JsonObject o, String goOneof) {
        JsonObject wrapper = obj(o, goOneof);
        if (wrapper == null || wrapper.size() != 1) {
            return o;
        }
        JsonObject out = o.deepCopy();
        out.remove(goOneof);
        Map.Entry<String, JsonElement> member = wrapper.entrySet().iterator().next();
        out.add(protoName(member.getKey()), member.getValue());
        return out;
    }

    /** {@code IntId} → {@code int_id}, {@code FloatVector} → {@code float_vector}. */
    private static String protoName(String goName) {
        StringBuilder b = new StringBuilder(goName.length() + 4);
        for (int i = 0; i < goName.length(); i++) {
            char c = goName.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                b.append('_');
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** @return a {@code schema.IDs} object ({@code int_id} or {@code str_id}, or Go's {@code IdField}) as Partita IDs */
    static IDs ids(JsonObject goOrProto) {
        JsonObject wire = oneof(goOrProto, "IdField");
        IDs.Builder b = IDs.newBuilder();
        JsonObject intId = obj(wire, "int_id");
        JsonObject strId = obj(wire, "str_id");
        if (intId != null) {
            b.setIntId(LongArray.newBuilder().addAllData(longs(intId, "data")).build());
        } else if (strId != null) {
            b.setStrId(StringArray.newBuilder().addAllData(strs(strId, "data")).build());
        }
        return b.build();
    }

    private static <V> List<V> list(JsonObject o, String key, Function<JsonElement, V> item) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return new ArrayList<>();
        }
        if (!e.isJsonArray()) {
            throw wrongType(key, "an array", e);
        }
        JsonArray a = e.getAsJsonArray();
        List<V> out = new ArrayList<>(a.size());
        for (JsonElement x : a) {
            out.add(item.apply(x));
        }
        return out;
    }

    private static JsonPrimitive primitive(JsonObject o, String key, String expected) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive()) {
            throw wrongType(key, expected, e);
        }
        return e.getAsJsonPrimitive();
    }

    private static JsonPrimitive primitiveElement(String key, JsonElement e, String expected) {
        if (!e.isJsonPrimitive()) {
            throw wrongType(key, "an array of " + expected, e);
        }
        return e.getAsJsonPrimitive();
    }

    private static long asLong(String key, JsonPrimitive p) {
        try {
            return p.isNumber() ? p.getAsLong() : Long.parseLong(p.getAsString());
        } catch (NumberFormatException e) {
            throw wrongType(key, "an integer", p);
        }
    }

    private static Double number(String key, JsonPrimitive p) {
        try {
            return p.isNumber() ? p.getAsDouble() : Double.parseDouble(p.getAsString());
        } catch (NumberFormatException e) {
            throw wrongType(key, "a number", p);
        }
    }

    private static IllegalAnswerException wrongType(String key, String expected, JsonElement got) {
        String shown = got.toString();
        if (shown.length() > 60) {
            shown = shown.substring(0, 60) + "...";
        }
        return new IllegalAnswerException("field \"" + key + "\" should be " + expected + ", got " + shown);
    }
}
