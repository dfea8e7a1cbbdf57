package io.partita.server.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.partita.wire.DataType;
import java.io.ByteArrayOutputStream;
import java.util.Base64;

/** Turns one column of Milvus 2.1's wrapped insert shape into protobuf-JSON {@code FieldData}. */
final class FieldShapes {
    private FieldShapes() {}

    static void fill(JsonObject pb, String name, DataType type, JsonArray values) throws BadRequestException {
        switch (type) {
            case Bool -> scalars(pb, "bool_data", values);
            case Int8, Int16, Int32 -> scalars(pb, "int_data", values);
            case Int64 -> scalars(pb, "long_data", values);
            case Float -> scalars(pb, "float_data", values);
            case Double -> scalars(pb, "double_data", values);
            case String, VarChar -> scalars(pb, "string_data", values);
            case FloatVector -> floatVectors(pb, name, values);
            case BinaryVector -> binaryVectors(pb, name, values);
            default ->
                throw new BadRequestException(
                        "convert body to pb failed: parse field[" + name + "]: unsupported data type " + type);
        }
    }

    private static void scalars(JsonObject pb, String kind, JsonArray values) {
        JsonObject data = new JsonObject();
        data.add("data", values);
        JsonObject scalars = new JsonObject();
        scalars.add(kind, data);
        pb.add("scalars", scalars);
    }

    private static void floatVectors(JsonObject pb, String name, JsonArray rows) throws BadRequestException {
        if (rows.isEmpty()) {
            throw new BadRequestException("convert body to pb failed: at least one row for insert");
        }
        JsonArray flat = new JsonArray();
        int dim = -1;
        for (JsonElement row : rows) {
            float[] v = floats("field[" + name + "]", row);
            if (dim < 0) {
                dim = v.length;
            }
            if (v.length != dim || dim < 1) {
                throw new BadRequestException("convert body to pb failed: parse field[" + name
                        + "]: every vector needs the same dim >= 1, got " + dim + " and " + v.length);
            }
            for (float f : v) {
                flat.add(f);
            }
        }
        JsonObject fa = new JsonObject();
        fa.add("data", flat);
        JsonObject vectors = new JsonObject();
        vectors.addProperty("dim", dim);
        vectors.add("float_vector", fa);
        pb.add("vectors", vectors);
    }

    private static void binaryVectors(JsonObject pb, String name, JsonArray rows) throws BadRequestException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        int width = -1;
        for (JsonElement row : rows) {
            byte[] b = bytes("field[" + name + "]", row);
            if (width < 0) {
                width = b.length;
            }
            if (b.length != width || width < 1) {
                throw new BadRequestException("convert body to pb failed: parse field[" + name
                        + "]: every binary vector needs the same byte length >= 1");
            }
            all.writeBytes(b);
        }
        JsonObject vectors = new JsonObject();
        vectors.addProperty("dim", Math.max(width, 0) * 8);
        vectors.addProperty("binary_vector", Base64.getEncoder().encodeToString(all.toByteArray()));
        pb.add("vectors", vectors);
    }

    /** A JSON array of numbers as floats. */
    static float[] floats(String field, JsonElement e) throws BadRequestException {
        if (!e.isJsonArray()) {
            throw new BadRequestException(
                    "parse body failed: " + field + ": a vector must be an array of numbers, got " + e);
        }
        JsonArray a = e.getAsJsonArray();
        float[] v = new float[a.size()];
        try {
            for (int i = 0; i < v.length; i++) {
                v[i] = a.get(i).getAsFloat();
            }
        } catch (RuntimeException notNumber) {
            throw new BadRequestException(
                    "parse body failed: " + field + ": a vector must be an array of numbers, got " + e);
        }
        return v;
    }

    /** Base64 text, or a JSON array of byte values 0..255. */
    static byte[] bytes(String field, JsonElement e) throws BadRequestException {
        try {
            if (e.isJsonPrimitive()) {
                return Base64.getDecoder().decode(e.getAsString());
            }
            JsonArray a = e.getAsJsonArray();
            byte[] b = new byte[a.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) a.get(i).getAsInt();
            }
            return b;
        } catch (RuntimeException bad) {
            throw new BadRequestException("parse body failed: " + field + ": expected base64 bytes, got " + e);
        }
    }
}
