package io.partita.server.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON body of one RESTful v2 request ({@code /v2/vectordb/...}), read with Milvus's rules:
 * camelCase keys, {@code dbName} defaulting to {@code default}, a required key that is absent or
 * empty answered with code 1802 and a value of the wrong JSON kind with code 1801 (Milvus's gin
 * binding in internal/distributed/proxy/httpserver/handler_v2.go {@code wrapperPost}). Not
 * thread-safe; one per request.
 */
final class V2Body {
    final JsonObject json;

    V2Body(JsonObject json) {
        this.json = json;
    }

    /** The database the request names ({@code dbName}), or {@code default}. */
    String db() throws V2Error {
        String db = optional("dbName", "");
        return db.isEmpty() ? "default" : db;
    }

    /** A string that must be present and non-empty. */
    String required(String key) throws V2Error {
        String v = optional(key, "");
        if (v.isEmpty()) {
            throw V2Error.missing(key);
        }
        return v;
    }

    String optional(String key, String fallback) throws V2Error {
        JsonElement e = json.get(key);
        if (e == null || e.isJsonNull()) {
            return fallback;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw V2Error.format(key + " must be a string, got " + JsonCodec.kind(e));
        }
        return e.getAsString();
    }

    /** A list of strings; absent = empty. */
    List<String> strings(String key) throws V2Error {
        JsonElement e = json.get(key);
        List<String> out = new ArrayList<>();
        if (e == null || e.isJsonNull()) {
            return out;
        }
        if (!e.isJsonArray()) {
            throw V2Error.format(key + " must be an array of strings, got " + JsonCodec.kind(e));
        }
        for (JsonElement x : e.getAsJsonArray()) {
            if (!x.isJsonPrimitive() || !x.getAsJsonPrimitive().isString()) {
                throw V2Error.format(key + " must be an array of strings, got an element that is " + JsonCodec.kind(x));
            }
            out.add(x.getAsString());
        }
        return out;
    }

    /** A list of strings that must hold at least one. */
    List<String> requiredStrings(String key) throws V2Error {
        List<String> v = strings(key);
        if (v.isEmpty()) {
            throw V2Error.missing(key);
        }
        return v;
    }

    long integer(String key, long fallback) throws V2Error {
        JsonElement e = json.get(key);
        if (e == null || e.isJsonNull()) {
            return fallback;
        }
        try {
            if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
                return e.getAsBigDecimal().longValueExact();
            }
        } catch (ArithmeticException notWhole) {
            // answered below
        }
        throw V2Error.format(key + " must be an integer, got " + JsonCodec.kind(e));
    }

    boolean bool(String key, boolean fallback) throws V2Error {
        JsonElement e = json.get(key);
        if (e == null || e.isJsonNull()) {
            return fallback;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw V2Error.format(key + " must be a boolean, got " + JsonCodec.kind(e));
        }
        return e.getAsBoolean();
    }

    /** A nested object; absent = empty. */
    JsonObject object(String key) throws V2Error {
        JsonElement e = json.get(key);
        if (e == null || e.isJsonNull()) {
            return new JsonObject();
        }
        if (!e.isJsonObject()) {
            throw V2Error.format(key + " must be an object, got " + JsonCodec.kind(e));
        }
        return e.getAsJsonObject();
    }

    /** An array; absent = empty; a single object counts as an array of one (as Milvus's {@code data}). */
    JsonArray array(String key) throws V2Error {
        JsonElement e = json.get(key);
        JsonArray a = new JsonArray();
        if (e == null || e.isJsonNull()) {
            return a;
        }
        if (e.isJsonObject()) {
            a.add(e);
            return a;
        }
        if (!e.isJsonArray()) {
            throw V2Error.format(key + " must be an array, got " + JsonCodec.kind(e));
        }
        return e.getAsJsonArray();
    }
}
