package io.partita.server.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.partita.wire.DataType;

/**
 * Array columns of the HTTP insert shapes (one JSON array per row) as protobuf-JSON
 * {@code scalars.array_data}: one inner scalar column per row, of the element type's kind.
 */
final class ArrayShapes {
    private ArrayShapes() {}

    static void fill(JsonObject pb, String name, DataType elementType, JsonArray rows) throws BadRequestException {
        DataType element = elementType != null ? elementType : inferred(rows);
        String kind = kind(element);
        if (kind == null) {
            throw new BadRequestException(
                    "convert body to pb failed: parse field[" + name + "]: unsupported array element type " + element);
        }
        JsonArray data = new JsonArray();
        for (JsonElement row : rows) {
            if (!row.isJsonArray()) {
                throw new BadRequestException("convert body to pb failed: parse field[" + name
                        + "]: an array field's row must be a JSON array, got " + row);
            }
            JsonObject values = new JsonObject();
            values.add("data", row);
            JsonObject scalar = new JsonObject();
            scalar.add(kind, values);
            data.add(scalar);
        }
        JsonObject array = new JsonObject();
        array.addProperty("element_type", element.name());
        array.add("data", data);
        JsonObject scalars = new JsonObject();
        scalars.add("array_data", array);
        pb.add("scalars", scalars);
    }

    /** The protobuf-JSON member of a {@code ScalarField} that carries elements of this type. */
    private static String kind(DataType element) {
        switch (element) {
            case Bool:
                return "bool_data";
            case Int8:
            case Int16:
            case Int32:
                return "int_data";
            case Int64:
                return "long_data";
            case Float:
                return "float_data";
            case Double:
                return "double_data";
            case VarChar:
            case String:
                return "string_data";
            default:
                return null;
        }
    }

    /** Booleans, strings, integers as Int64 and other numbers as Double, from the first element given. */
    private static DataType inferred(JsonArray rows) {
        for (JsonElement row : rows) {
            if (row.isJsonArray() && !row.getAsJsonArray().isEmpty()) {
                JsonElement e = row.getAsJsonArray().get(0);
                if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) {
                    return DataType.Bool;
                }
                if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
                    return DataType.VarChar;
                }
                String text = e.toString();
                return text.matches("-?\\d+") ? DataType.Int64 : DataType.Double;
            }
        }
        return DataType.Int64;
    }
}
