package io.partita.server.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.partita.wire.CollectionSchema;
import io.partita.wire.DataType;
import io.partita.wire.FieldData;
import io.partita.wire.FieldSchema;
import io.partita.wire.IDs;
import io.partita.wire.ScalarField;
import io.partita.wire.VectorField;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows ↔ columns for RESTful v2: the rows of {@code entities/insert} and {@code upsert} become
 * {@code FieldData} columns of the collection's schema (extra keys go to the dynamic field
 * {@code $meta} when the schema enables it), and the columns of query and search answers become
 * rows (the dynamic field's keys spread into the row, 64-bit integers as JSON numbers unless the
 * client sends {@code Accept-Type-Allow-Int64: false}, binary vectors as base64), as Milvus's
 * {@code buildQueryResp} in internal/distributed/proxy/httpserver/utils.go prints them. Stateless.
 */
final class V2Rows {
    /** The dynamic field's name (Milvus's common.MetaFieldName). */
    static final String META = "$meta";

    private V2Rows() {}

    /**
     * The columns of {@code rows} for {@code schema}. An insert leaves the auto-ID primary key out
     * (the server assigns it); an upsert keeps it when the rows give it, since an upsert names the
     * rows it replaces by their keys (Milvus's {@code checkAndSetData} in
     * internal/distributed/proxy/httpserver/utils.go keeps a key a row passes for an auto-ID field;
     * without it the engine answers {@code must assign pk when upsert}, as over gRPC).
     */
    static List<FieldData> columns(CollectionSchema schema, JsonArray rows, boolean upsert) throws V2Error {
        return columns(schema, rows, upsert, false);
    }

    /**
     * As {@link #columns(CollectionSchema, JsonArray, boolean)}; a partial upsert ({@code
     * partialUpdate}, Milvus 2.6) sends only the fields its rows give, every row giving the same ones.
     */
    static List<FieldData> columns(CollectionSchema schema, JsonArray rows, boolean upsert, boolean partial)
            throws V2Error {
        if (rows.isEmpty()) {
            throw V2Error.insertData("data must hold at least one row");
        }
        Map<String, FieldSchema> fields = new LinkedHashMap<>();
        for (FieldSchema f : schema.getFieldsList()) {
            boolean autoKey = f.getIsPrimaryKey() && f.getAutoID();
            if (autoKey && upsert && given(rows, f.getName())) {
                fields.put(f.getName(), f);
            } else if (!autoKey && !f.getIsDynamic() && (!partial || given(rows, f.getName()))) {
                fields.put(f.getName(), f);
            }
        }
        Map<String, JsonArray> values = new LinkedHashMap<>();
        fields.keySet().forEach(n -> values.put(n, new JsonArray()));
        JsonArray meta = new JsonArray();
        for (int i = 0; i < rows.size(); i++) {
            JsonElement r = rows.get(i);
            if (!r.isJsonObject()) {
                throw V2Error.insertData("row " + i + " must be an object, got " + JsonCodec.kind(r));
            }
            JsonObject extra = new JsonObject();
            for (Map.Entry<String, JsonElement> e : r.getAsJsonObject().entrySet()) {
                if (fields.containsKey(e.getKey())) {
                    values.get(e.getKey()).add(e.getValue());
                } else if (schema.getEnableDynamicField()) {
                    extra.add(e.getKey(), e.getValue());
                } else if (!isAutoIdPrimary(schema, e.getKey())) {
                    throw V2Error.insertData("row " + i + ": field " + e.getKey()
                            + " is not in the schema and the collection has no dynamic field");
                }
            }
            meta.add(Base64.getEncoder().encodeToString(extra.toString().getBytes(StandardCharsets.UTF_8)));
            for (Map.Entry<String, JsonArray> v : values.entrySet()) {
                if (v.getValue().size() != i + 1) {
                    throw V2Error.insertData("row " + i + ": field " + v.getKey() + " is missing");
                }
            }
        }
        List<FieldData> out = new ArrayList<>();
        for (FieldSchema f : fields.values()) {
            out.add(column(f.getName(), f.getDataType(), f.getElementType(), values.get(f.getName())));
        }
        if (schema.getEnableDynamicField()) {
            JsonObject pb = new JsonObject();
            pb.addProperty("field_name", META);
            pb.addProperty("type", DataType.JSON.name());
            pb.addProperty("is_dynamic", true);
            JsonObject data = new JsonObject();
            data.add("data", meta);
            JsonObject scalars = new JsonObject();
            scalars.add("json_data", data);
            pb.add("scalars", scalars);
            out.add(parse(META, pb));
        }
        return out;
    }

    /** Whether some row (an object) has {@code name}. */
    private static boolean given(JsonArray rows, String name) {
        for (JsonElement r : rows) {
            if (r.isJsonObject() && r.getAsJsonObject().has(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAutoIdPrimary(CollectionSchema schema, String name) {
        return schema.getFieldsList().stream()
                .anyMatch(f -> f.getName().equals(name) && f.getIsPrimaryKey() && f.getAutoID());
    }

    private static FieldData column(String name, DataType type, DataType elementType, JsonArray values) throws V2Error {
        JsonObject pb = new JsonObject();
        pb.addProperty("field_name", name);
        pb.addProperty("type", type.name());
        // null in a row: the column carries valid_data and the values of the valid rows only, as
        // pymilvus sends a nullable field (the engine refuses nulls of a field that is not nullable)
        JsonArray validData = null;
        JsonArray given = values;
        for (JsonElement v : values) {
            if (v.isJsonNull()) {
                validData = new JsonArray();
                given = new JsonArray();
                for (JsonElement w : values) {
                    validData.add(!w.isJsonNull());
                    if (!w.isJsonNull()) {
                        given.add(w);
                    }
                }
                break;
            }
        }
        try {
            if (!given.isEmpty() || !isVector(type)) {
                FieldShapes.fill(pb, name, type, elementType, given);
            }
        } catch (BadRequestException e) {
            throw V2Error.insertData(e.detail());
        }
        if (validData != null) {
            pb.add("valid_data", validData);
        }
        return parse(name, pb);
    }

    private static boolean isVector(DataType type) {
        return switch (type) {
            case FloatVector, BinaryVector, Float16Vector, BFloat16Vector, Int8Vector, SparseFloatVector -> true;
            default -> false;
        };
    }

    private static FieldData parse(String name, JsonObject pb) throws V2Error {
        FieldData.Builder b = FieldData.newBuilder();
        try {
            JsonFormat.parser().merge(pb.toString(), b);
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            throw V2Error.insertData("field " + name + ": " + e.getMessage());
        }
        return b.build();
    }

    /** The rows of query columns. */
    static JsonArray rows(List<FieldData> columns, boolean int64AsNumber) {
        JsonArray out = new JsonArray();
        int n = columns.isEmpty() ? 0 : count(columns.get(0));
        for (int i = 0; i < n; i++) {
            out.add(row(columns, i, int64AsNumber));
        }
        return out;
    }

    /** Row {@code i} of the columns. */
    static JsonObject row(List<FieldData> columns, int i, boolean int64AsNumber) {
        JsonObject row = new JsonObject();
        for (FieldData c : columns) {
            JsonElement v = value(c, i, int64AsNumber);
            if (c.getIsDynamic() || c.getFieldName().equals(META)) {
                if (v.isJsonObject()) {
                    v.getAsJsonObject().entrySet().forEach(e -> row.add(e.getKey(), e.getValue()));
                }
            } else {
                row.add(c.getFieldName(), v);
            }
        }
        return row;
    }

    /** The primary key at {@code i}. */
    static JsonElement id(IDs ids, int i, boolean int64AsNumber) {
        if (ids.hasStrId()) {
            return new JsonPrimitive(ids.getStrId().getData(i));
        }
        long v = ids.getIntId().getData(i);
        return int64AsNumber ? new JsonPrimitive(v) : new JsonPrimitive(Long.toString(v));
    }

    /** All primary keys. */
    static JsonArray ids(IDs ids, boolean int64AsNumber) {
        JsonArray out = new JsonArray();
        int n = ids.hasStrId() ? ids.getStrId().getDataCount() : ids.getIntId().getDataCount();
        for (int i = 0; i < n; i++) {
            out.add(id(ids, i, int64AsNumber));
        }
        return out;
    }

    private static int count(FieldData c) {
        if (c.hasVectors() && c.getValidDataCount() > 0) {
            return c.getValidDataCount(); // a nullable vector column: the valid rows' vectors only
        }
        if (c.hasVectors()) {
            VectorField v = c.getVectors();
            long dim = Math.max(1, v.getDim());
            return v.hasBinaryVector()
                    ? (int) (v.getBinaryVector().size() / Math.max(1, dim / 8))
                    : (int) (v.getFloatVector().getDataCount() / dim);
        }
        ScalarField s = c.getScalars();
        return switch (s.getDataCase()) {
            case BOOL_DATA -> s.getBoolData().getDataCount();
            case INT_DATA -> s.getIntData().getDataCount();
            case LONG_DATA -> s.getLongData().getDataCount();
            case FLOAT_DATA -> s.getFloatData().getDataCount();
            case DOUBLE_DATA -> s.getDoubleData().getDataCount();
            case STRING_DATA -> s.getStringData().getDataCount();
            case GEOMETRY_WKT_DATA -> s.getGeometryWktData().getDataCount();
            case JSON_DATA -> s.getJsonData().getDataCount();
            case ARRAY_DATA -> s.getArrayData().getDataCount();
            default -> c.getValidDataCount();
        };
    }

    private static JsonElement value(FieldData c, int i, boolean int64AsNumber) {
        if (c.getValidDataCount() > i && !c.getValidData(i)) {
            return JsonNull.INSTANCE;
        }
        if (c.hasVectors()) {
            if (c.getValidDataCount() > 0) {
                // a nullable vector column holds the valid rows' vectors only: row i's is the
                // one after the valid rows before it
                int physical = 0;
                for (int k = 0; k < i; k++) {
                    physical += c.getValidData(k) ? 1 : 0;
                }
                i = physical;
            }
            VectorField v = c.getVectors();
            int dim = (int) v.getDim();
            if (v.hasBinaryVector()) {
                int w = dim / 8;
                ByteString b = v.getBinaryVector().substring(i * w, (i + 1) * w);
                return new JsonPrimitive(Base64.getEncoder().encodeToString(b.toByteArray()));
            }
            JsonArray a = new JsonArray();
            for (int k = 0; k < dim; k++) {
                a.add(v.getFloatVector().getData(i * dim + k));
            }
            return a;
        }
        return scalar(c.getScalars(), i, int64AsNumber);
    }

    private static JsonElement scalar(ScalarField s, int i, boolean int64AsNumber) {
        return switch (s.getDataCase()) {
            case BOOL_DATA -> new JsonPrimitive(s.getBoolData().getData(i));
            case INT_DATA -> new JsonPrimitive(s.getIntData().getData(i));
            case LONG_DATA ->
                int64AsNumber
                        ? new JsonPrimitive(s.getLongData().getData(i))
                        : new JsonPrimitive(Long.toString(s.getLongData().getData(i)));
            case FLOAT_DATA -> new JsonPrimitive(s.getFloatData().getData(i));
            case DOUBLE_DATA -> new JsonPrimitive(s.getDoubleData().getData(i));
            case STRING_DATA -> new JsonPrimitive(s.getStringData().getData(i));
            case GEOMETRY_WKT_DATA -> new JsonPrimitive(s.getGeometryWktData().getData(i));
            case JSON_DATA -> json(s.getJsonData().getData(i));
            case ARRAY_DATA -> {
                ScalarField element = s.getArrayData().getData(i);
                JsonArray a = new JsonArray();
                for (int k = 0;
                        k < count(FieldData.newBuilder().setScalars(element).build());
                        k++) {
                    a.add(scalar(element, k, int64AsNumber));
                }
                yield a;
            }
            default -> JsonNull.INSTANCE;
        };
    }

    private static JsonElement json(ByteString bytes) {
        String text = bytes.toStringUtf8();
        try {
            return JsonParser.parseString(text);
        } catch (RuntimeException notJson) {
            return new JsonPrimitive(text);
        }
    }
}
