package io.partita.server.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.partita.wire.DataType;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/** Turns one column of Milvus 2.1's wrapped insert shape into protobuf-JSON {@code FieldData}. */
final class FieldShapes {
    private FieldShapes() {}

    /**
     * @param elementType the element type of an Array column: the schema's on RESTful v2, the
     *     column's {@code element_type} on {@code /api/v1} (a Partita addition to Milvus 2.1's shape,
     *     which has no arrays); {@code null} infers it from the values (booleans, strings, integers as
     *     Int64, other numbers as Double)
     */
    static void fill(JsonObject pb, String name, DataType type, DataType elementType, JsonArray values)
            throws BadRequestException {
        switch (type) {
            case Bool -> scalars(pb, "bool_data", values);
            case Int8, Int16, Int32 -> scalars(pb, "int_data", values);
            case Int64 -> scalars(pb, "long_data", values);
            case Float -> scalars(pb, "float_data", values);
            case Double -> scalars(pb, "double_data", values);
            case String, VarChar, Timestamptz -> scalars(pb, "string_data", values); // ISO 8601 text
            case Geometry -> scalars(pb, "geometry_wkt_data", values); // WKT text
            case FloatVector -> floatVectors(pb, name, values);
            case BinaryVector -> binaryVectors(pb, name, values, "binary_vector", 8);
            case Float16Vector -> binaryVectors(pb, name, values, "float16_vector", 0.5);
            case BFloat16Vector -> binaryVectors(pb, name, values, "bfloat16_vector", 0.5);
            case Int8Vector -> binaryVectors(pb, name, values, "int8_vector", 1);
            case SparseFloatVector -> sparseVectors(pb, name, values);
            case JSON -> json(pb, values);
            case Array -> ArrayShapes.fill(pb, name, elementType, values);
            default ->
                throw new BadRequestException(
                        "convert body to pb failed: parse field[" + name + "]: unsupported data type " + type);
        }
    }

    /** JSON values: any JSON value per row, or a JSON string holding the document's text. */
    private static void json(JsonObject pb, JsonArray values) {
        JsonArray encoded = new JsonArray();
        for (JsonElement v : values) {
            String text = v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() ? v.getAsString() : v.toString();
            encoded.add(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        }
        scalars(pb, "json_data", encoded);
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

    /**
     * Vectors sent as bytes per row (base64 or byte arrays): binary, float16, bfloat16 and int8;
     * {@code elementsPerByte} turns a row's byte length into the wire's {@code dim}.
     */
    private static void binaryVectors(JsonObject pb, String name, JsonArray rows, String member, double elementsPerByte)
            throws BadRequestException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        int width = -1;
        for (JsonElement row : rows) {
            byte[] b = bytes("field[" + name + "]", row);
            if (width < 0) {
                width = b.length;
            }
            if (b.length != width || width < 1) {
                throw new BadRequestException("convert body to pb failed: parse field[" + name
                        + "]: every vector needs the same byte length >= 1");
            }
            all.writeBytes(b);
        }
        JsonObject vectors = new JsonObject();
        vectors.addProperty("dim", (long) (Math.max(width, 0) * elementsPerByte));
        vectors.addProperty(member, Base64.getEncoder().encodeToString(all.toByteArray()));
        pb.add("vectors", vectors);
    }

    /**
     * Sparse rows as JSON objects {@code {"index": value, ...}} (the form pymilvus and Milvus's
     * RESTful API use), encoded as Milvus's (uint32 index, float32 value) pairs in index order.
     */
    private static void sparseVectors(JsonObject pb, String name, JsonArray rows) throws BadRequestException {
        JsonArray contents = new JsonArray();
        for (JsonElement row : rows) {
            contents.add(Base64.getEncoder().encodeToString(sparseRow("field[" + name + "]", row)));
        }
        JsonObject sparse = new JsonObject();
        sparse.add("contents", contents);
        JsonObject vectors = new JsonObject();
        vectors.add("sparse_float_vector", sparse);
        pb.add("vectors", vectors);
    }

    /** One sparse row, {@code {"index": value, ...}}, as Milvus's pairs in index order. */
    static byte[] sparseRow(String field, JsonElement row) throws BadRequestException {
        String shape = "parse body failed: " + field + ": a sparse vector must be an object of index: value, got ";
        if (!row.isJsonObject()) {
            throw new BadRequestException(shape + row);
        }
        TreeMap<Long, Float> pairs = new TreeMap<>();
        try {
            for (Map.Entry<String, JsonElement> en : row.getAsJsonObject().entrySet()) {
                long index = Long.parseLong(en.getKey().trim());
                if (index < 0 || index >= 0xFFFFFFFFL) {
                    throw new BadRequestException("parse body failed: " + field
                            + ": invalid index in sparse float vector: must be less than 2^32-1");
                }
                pairs.put(index, en.getValue().getAsFloat());
            }
        } catch (NumberFormatException | UnsupportedOperationException | IllegalStateException e) {
            throw new BadRequestException(shape + row);
        }
        ByteBuffer b = ByteBuffer.allocate(8 * pairs.size()).order(ByteOrder.LITTLE_ENDIAN);
        pairs.forEach((i, v) -> b.putInt((int) (long) i).putFloat(v));
        return b.array();
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
