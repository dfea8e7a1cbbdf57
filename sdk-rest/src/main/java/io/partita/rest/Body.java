package io.partita.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * Builds a request body: the request message as JSON with the protocol's field names, zero values
 * left out (the server reads an absent field as its zero, as protobuf does). Not thread-safe; one
 * per request.
 */
final class Body {
    private final JsonObject json = new JsonObject();

    private Body() {}

    /** @return a body naming the database when {@code dbName} is not empty */
    static Body of(String dbName) {
        return new Body().str("db_name", dbName);
    }

    /** @return a RESTful v2 body, naming the database in {@code dbName} when it is not empty */
    static Body v2(String dbName) {
        return new Body().str("dbName", dbName);
    }

    Body str(String key, String value) {
        if (value != null && !value.isEmpty()) {
            json.addProperty(key, value);
        }
        return this;
    }

    Body num(String key, long value) {
        if (value != 0) {
            json.addProperty(key, value);
        }
        return this;
    }

    Body bool(String key, boolean value) {
        if (value) {
            json.addProperty(key, true);
        }
        return this;
    }

    Body strs(String key, List<String> values) {
        if (values != null && !values.isEmpty()) {
            JsonArray a = new JsonArray(values.size());
            values.forEach(a::add);
            json.add(key, a);
        }
        return this;
    }

    Body nums(String key, List<? extends Number> values) {
        if (values != null && !values.isEmpty()) {
            JsonArray a = new JsonArray(values.size());
            values.forEach(a::add);
            json.add(key, a);
        }
        return this;
    }

    /** Adds {@code [{"key": k, "value": v}, ...]}. */
    Body pairs(String key, Map<String, String> pairs) {
        if (!pairs.isEmpty()) {
            JsonArray a = new JsonArray(pairs.size());
            pairs.forEach((k, v) -> a.add(pair(k, v)));
            json.add(key, a);
        }
        return this;
    }

    Body add(String key, JsonElement value) {
        json.add(key, value);
        return this;
    }

    JsonObject json() {
        return json;
    }

    static JsonObject pair(String key, String value) {
        JsonObject kv = new JsonObject();
        kv.addProperty("key", key);
        kv.addProperty("value", value);
        return kv;
    }
}
