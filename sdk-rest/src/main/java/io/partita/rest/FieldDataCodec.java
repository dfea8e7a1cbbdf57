package io.partita.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.partita.model.DataType;
import io.partita.model.FieldData;
import io.partita.param.dml.InsertParam;
import io.partita.transport.AnswerShapes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Column data both ways. Insert columns go out in Milvus 2.1's HTTP shape
 * {@code {"field_name", "type", "field": [...]}} (one value per row; a float array per row for
 * FloatVector, base64 per row for BinaryVector, Float16Vector, BFloat16Vector and Int8Vector, an
 * object per row for SparseFloatVector). Answer columns come back in the protobuf JSON
 * shape ({@code scalars.long_data.data}, {@code vectors.float_vector.data}, ...).
 */
final class FieldDataCodec {
    private FieldDataCodec() {}

    static JsonObject toJson(InsertParam.Field field) throws io.partita.transport.TransportException {
        if (field.getType() == DataType.ArrayOfStruct) {
            throw io.partita.transport.TransportException.unsupported("Insert of a struct array field", "REST");
        }
        DataType type = field.getType();
        if (type == null) {
            throw new IllegalArgumentException("field " + field.getName() + " has no data type; the client sets it");
        }
        JsonArray values = new JsonArray(field.getValues().size());
        JsonArray valid = new JsonArray();
        for (Object v : field.getValues()) {
            valid.add(v != null);
            if (v != null) { // a nullable field's row without a value: flagged in valid_data, as on gRPC
                values.add(value(type, v));
            }
        }
        JsonObject o = new JsonObject();
        o.addProperty("field_name", field.getName());
        o.addProperty("type", type.getNumber());
        if (type == DataType.Array) {
            o.addProperty("element_type", field.getElementType().getNumber());
        }
        o.add("field", values);
        if (field.getValues().contains(null)) {
            o.add("valid_data", valid);
        }
        return o;
    }

    /**
     * One row's value of a column in the JSON shape both HTTP APIs take per row: a float array
     * for FloatVector, base64 for BinaryVector (and the float16, bfloat16 and int8 bytes), an
     * object of index → value for a sparse row, the document's text for JSON.
     */
    static JsonElement value(DataType type, Object v) {
        if (v == null) {
            return JsonNull.INSTANCE;
        } else if (type == DataType.JSON) {
            return new JsonPrimitive(String.valueOf(v)); // the document's text; the server parses and checks it
        } else if (type == DataType.Array) {
            return elements((List<?>) v);
        } else if (v instanceof List) {
            JsonArray row = new JsonArray(((List<?>) v).size());
            for (Object f : (List<?>) v) {
                row.add((Number) f);
            }
            return row;
        } else if (v instanceof ByteBuffer) {
            return new JsonPrimitive(base64((ByteBuffer) v));
        } else if (v instanceof java.util.Map) { // a sparse row: {"index": value}, as pymilvus sends it
            JsonObject row = new JsonObject();
            ((java.util.Map<?, ?>) v).forEach((k, x) -> row.addProperty(String.valueOf(k), (Number) x));
            return row;
        } else if (v instanceof Boolean) {
            return new JsonPrimitive((Boolean) v);
        } else if (v instanceof Number) {
            return new JsonPrimitive((Number) v);
        }
        return new JsonPrimitive(String.valueOf(v));
    }

    /**
     * The typed columns as RESTful v2 rows ({@code entities/insert}, {@code entities/upsert}):
     * one object per row, a field per column; the dynamic field's JSON object is spread into the
     * row, as RESTful v2 takes undeclared keys.
     */
    static JsonArray rows(List<InsertParam.Field> fields, int rowCount) throws io.partita.transport.TransportException {
        for (InsertParam.Field f : fields) {
            if (f.getType() == DataType.ArrayOfStruct) {
                throw io.partita.transport.TransportException.unsupported("Upsert of a struct array field", "REST");
            }
        }
        JsonArray rows = new JsonArray(rowCount);
        for (int i = 0; i < rowCount; i++) {
            JsonObject row = new JsonObject();
            for (InsertParam.Field f : fields) {
                Object v = f.getValues().get(i);
                if (f.getName().equals(DYNAMIC_FIELD)) {
                    if (v != null) {
                        JsonParser.parseString(String.valueOf(v))
                                .getAsJsonObject()
                                .entrySet()
                                .forEach(e -> row.add(e.getKey(), e.getValue()));
                    }
                } else {
                    row.add(f.getName(), value(f.getType(), v));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** The hidden JSON field of a dynamic schema (Milvus's common.MetaFieldName). */
    private static final String DYNAMIC_FIELD = "$meta";

    private static JsonArray elements(List<?> row) {
        JsonArray out = new JsonArray(row.size());
        for (Object e : row) {
            if (e instanceof Boolean) {
                out.add((Boolean) e);
            } else if (e instanceof Number) {
                out.add((Number) e);
            } else {
                out.add(String.valueOf(e));
            }
        }
        return out;
    }

    static String base64(ByteBuffer row) {
        ByteBuffer b = row.duplicate();
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** @return a protobuf-JSON {@code schema.FieldData} as a Partita column */
    static FieldData fromJson(JsonObject goOrProto) {
        JsonObject wire = JsonValues.oneof(goOrProto, "Field");
        FieldData.Builder b = FieldData.newBuilder()
                .setFieldName(JsonValues.str(wire, "field_name"))
                .setFieldId(JsonValues.lng(wire, "field_id"))
                .setType(AnswerShapes.dataType(JsonValues.integer(wire, "type")));
        JsonObject vectors = JsonValues.obj(wire, "vectors");
        JsonObject scalars = JsonValues.obj(wire, "scalars");
        vectors = vectors == null ? null : JsonValues.oneof(vectors, "Data");
        scalars = scalars == null ? null : JsonValues.oneof(scalars, "Data");
        List<?> values = List.of();
        if (vectors != null) {
            int dim = JsonValues.integer(vectors, "dim");
            b.setDim(dim);
            values = vectorRows(vectors, dim);
        } else if (scalars != null) {
            values = scalarValues(scalars);
        }
        List<Boolean> valid = JsonValues.bools(wire, "valid_data");
        b.addAllValues(valid.isEmpty() ? values : AnswerShapes.withNulls(values, valid));
        return b.build();
    }

    private static List<Object> vectorRows(JsonObject v, int dim) {
        JsonObject floats = JsonValues.obj(v, "float_vector");
        String binary = JsonValues.str(v, "binary_vector");
        if (floats != null) {
            return AnswerShapes.floatRows(JsonValues.floats(floats, "data"), dim);
        } else if (!binary.isEmpty()) {
            return AnswerShapes.binaryRows(decode("binary_vector", binary), dim);
        }
        for (String member : List.of("float16_vector", "bfloat16_vector", "int8_vector")) {
            String packed = JsonValues.str(v, member);
            if (!packed.isEmpty()) {
                return byteRows(decode(member, packed), member.equals("int8_vector") ? dim : dim * 2);
            }
        }
        JsonObject sparse = JsonValues.obj(v, "sparse_float_vector");
        return sparse == null ? List.of() : sparseRows(JsonValues.strs(sparse, "contents"));
    }

    /** Float16, bfloat16 and int8 rows: read-only {@code ByteBuffer}s of {@code rowBytes}, as the gRPC transport gives. */
    private static List<Object> byteRows(byte[] flat, int rowBytes) {
        List<Object> rows = new ArrayList<>();
        for (int from = 0; rowBytes > 0 && from + rowBytes <= flat.length; from += rowBytes) {
            rows.add(ByteBuffer.wrap(flat, from, rowBytes).slice().asReadOnlyBuffer());
        }
        return rows;
    }

    /** Sparse rows: little-endian (uint32 index, float32 value) pairs per row, as a {@code SortedMap}. */
    private static List<Object> sparseRows(List<String> contents) {
        List<Object> rows = new ArrayList<>();
        for (String base64 : contents) {
            ByteBuffer in =
                    ByteBuffer.wrap(decode("sparse_float_vector", base64)).order(ByteOrder.LITTLE_ENDIAN);
            SortedMap<Long, Float> row = new TreeMap<>();
            while (in.remaining() >= 8) {
                row.put(Integer.toUnsignedLong(in.getInt()), in.getFloat());
            }
            rows.add(row);
        }
        return rows;
    }

    private static byte[] decode(String member, String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalAnswerException("field \"" + member + "\" should be base64, got " + e.getMessage());
        }
    }

    private static List<?> scalarValues(JsonObject s) {
        if (s.has("json_data")) {
            List<Object> texts = new ArrayList<>();
            for (String base64 : JsonValues.strs(JsonValues.obj(s, "json_data"), "data")) {
                texts.add(new String(decode("json_data", base64), StandardCharsets.UTF_8));
            }
            return texts;
        } else if (s.has("array_data")) {
            List<Object> rows = new ArrayList<>();
            for (JsonObject row : JsonValues.objs(JsonValues.obj(s, "array_data"), "data")) {
                rows.add(List.copyOf(scalarValues(JsonValues.oneof(row, "Data"))));
            }
            return rows;
        } else if (s.has("bool_data")) {
            return JsonValues.bools(JsonValues.obj(s, "bool_data"), "data");
        } else if (s.has("int_data")) {
            return JsonValues.ints(JsonValues.obj(s, "int_data"), "data");
        } else if (s.has("long_data")) {
            return JsonValues.longs(JsonValues.obj(s, "long_data"), "data");
        } else if (s.has("float_data")) {
            return JsonValues.floats(JsonValues.obj(s, "float_data"), "data");
        } else if (s.has("double_data")) {
            return JsonValues.doubles(JsonValues.obj(s, "double_data"), "data");
        } else if (s.has("string_data")) {
            return JsonValues.strs(JsonValues.obj(s, "string_data"), "data");
        }
        return List.of();
    }
}
