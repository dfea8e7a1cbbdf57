package io.partita.rest;

import com.google.gson.JsonElement;
import io.partita.model.DataType;
import io.partita.model.FieldSchema;
import io.partita.model.KeyValuePair;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One value of a RESTful v2 answer row (as Milvus's buildQueryResp prints it, utils.go) as the
 * Java value a column of that field type holds on every transport: Boolean, Integer (Int8 to
 * Int32), Long, Float, Double, String (VarChar, and JSON as its text), a List of Floats per float
 * vector, a read-only ByteBuffer per binary vector (base64 in the row), a List per Array. Stateless.
 */
final class V2Values {
    private V2Values() {}

    static Object value(FieldSchema f, JsonElement v) {
        if (v == null || v.isJsonNull()) {
            return null;
        }
        return value(f.getDataType(), f.getElementType(), v);
    }

    private static Object value(DataType type, DataType element, JsonElement v) {
        try {
            switch (type) {
                case Bool:
                    return v.getAsBoolean();
                case Int8:
                case Int16:
                case Int32:
                    return v.getAsInt();
                case Int64:
                    return Long.parseLong(v.getAsString()); // a number, or a string when int64 goes as text
                case Float:
                    return v.getAsFloat();
                case Double:
                    return v.getAsDouble();
                case String:
                case VarChar:
                    return v.getAsString();
                case JSON:
                    return v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() ? v.getAsString() : v.toString();
                case FloatVector: {
                    List<Float> row = new ArrayList<>();
                    v.getAsJsonArray().forEach(x -> row.add(x.getAsFloat()));
                    return row;
                }
                case BinaryVector:
                    return ByteBuffer.wrap(Base64.getDecoder().decode(v.getAsString()))
                            .asReadOnlyBuffer();
                case Array: {
                    List<Object> row = new ArrayList<>();
                    for (JsonElement x : v.getAsJsonArray()) {
                        row.add(value(element, DataType.None, x));
                    }
                    return List.copyOf(row);
                }
                default:
                    return v.toString();
            }
        } catch (RuntimeException e) {
            throw new IllegalAnswerException("a " + type + " value should not be " + v);
        }
    }

    /** @return the field's {@code dim} type param, 0 for a field without one */
    static int dim(FieldSchema f) {
        for (KeyValuePair kv : f.getTypeParamsList()) {
            if (kv.getKey().equals("dim")) {
                try {
                    return Integer.parseInt(kv.getValue());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }
}
