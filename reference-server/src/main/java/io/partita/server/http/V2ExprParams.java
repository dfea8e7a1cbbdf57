package io.partita.server.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.partita.wire.BoolArray;
import io.partita.wire.DoubleArray;
import io.partita.wire.LongArray;
import io.partita.wire.StringArray;
import io.partita.wire.TemplateArrayValue;
import io.partita.wire.TemplateArrayValueArray;
import io.partita.wire.TemplateValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RESTful v2's {@code exprParams} (search, sub-searches of hybrid_search, query, delete): the
 * values of the filter's {@code {name}} placeholders as plain JSON, turned into the
 * {@code expr_template_values} the gRPC request carries (Milvus's httpserver
 * {@code generateExpressionTemplate}: a whole number is int64, any other number a double, a string,
 * a boolean, or an array of one of those). Binding and its refusals stay with the service.
 */
final class V2ExprParams {
    private V2ExprParams() {}

    /** The body's {@code exprParams} as template values; empty when absent. */
    static Map<String, TemplateValue> of(JsonObject body) throws V2Error {
        JsonElement params = body.get("exprParams");
        Map<String, TemplateValue> out = new LinkedHashMap<>();
        if (params == null || params.isJsonNull()) {
            return out;
        }
        if (!params.isJsonObject()) {
            throw V2Error.format("exprParams must be a dict, got " + JsonCodec.kind(params));
        }
        for (Map.Entry<String, JsonElement> e : params.getAsJsonObject().entrySet()) {
            out.put(e.getKey(), value(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static TemplateValue value(String name, JsonElement v) throws V2Error {
        TemplateValue.Builder b = TemplateValue.newBuilder();
        if (v.isJsonArray()) {
            return b.setArrayVal(array(name, v.getAsJsonArray())).build();
        }
        if (!v.isJsonPrimitive()) {
            throw V2Error.format("exprParams." + name + " has an unsupported type: " + JsonCodec.kind(v));
        }
        JsonPrimitive p = v.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return b.setBoolVal(p.getAsBoolean()).build();
        }
        if (p.isString()) {
            return b.setStringVal(p.getAsString()).build();
        }
        return whole(p)
                ? b.setInt64Val(p.getAsLong()).build()
                : b.setFloatVal(p.getAsDouble()).build();
    }

    private static TemplateArrayValue array(String name, JsonArray a) throws V2Error {
        TemplateArrayValue.Builder b = TemplateArrayValue.newBuilder();
        if (a.isEmpty()) {
            return b.build();
        }
        JsonElement first = a.get(0);
        if (first.isJsonArray()) {
            TemplateArrayValueArray.Builder arrays = TemplateArrayValueArray.newBuilder();
            for (JsonElement e : a) {
                arrays.addData(array(name, asArray(name, e)));
            }
            return b.setArrayData(arrays).build();
        }
        if (!first.isJsonPrimitive()) {
            throw V2Error.format("exprParams." + name + " has an unsupported element type: " + JsonCodec.kind(first));
        }
        JsonPrimitive p = first.getAsJsonPrimitive();
        if (p.isBoolean()) {
            BoolArray.Builder out = BoolArray.newBuilder();
            for (JsonElement e : a) {
                out.addData(e.getAsBoolean());
            }
            return b.setBoolData(out).build();
        }
        if (p.isString()) {
            StringArray.Builder out = StringArray.newBuilder();
            for (JsonElement e : a) {
                out.addData(e.getAsString());
            }
            return b.setStringData(out).build();
        }
        boolean wholes = true;
        for (JsonElement e : a) {
            wholes &= e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() && whole(e.getAsJsonPrimitive());
        }
        if (wholes) {
            LongArray.Builder out = LongArray.newBuilder();
            for (JsonElement e : a) {
                out.addData(e.getAsLong());
            }
            return b.setLongData(out).build();
        }
        DoubleArray.Builder out = DoubleArray.newBuilder();
        for (JsonElement e : a) {
            out.addData(e.getAsDouble());
        }
        return b.setDoubleData(out).build();
    }

    private static JsonArray asArray(String name, JsonElement e) throws V2Error {
        if (!e.isJsonArray()) {
            throw V2Error.format("exprParams." + name + " mixes arrays and values");
        }
        return e.getAsJsonArray();
    }

    private static boolean whole(JsonPrimitive p) {
        try {
            new BigDecimal(p.getAsString()).longValueExact();
            return true;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }
}
