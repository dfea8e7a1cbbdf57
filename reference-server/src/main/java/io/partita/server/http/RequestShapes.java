package io.partita.server.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.partita.wire.CalcDistanceRequest;
import io.partita.wire.CollectionSchema;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.DataType;
import io.partita.wire.InsertRequest;
import io.partita.wire.PlaceholderGroup;
import io.partita.wire.PlaceholderType;
import io.partita.wire.PlaceholderValue;
import io.partita.wire.SearchRequest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Map;

/**
 * The request bodies Milvus 2.1's HTTP API took in a friendlier shape than the plain protobuf
 * JSON, rewritten into protobuf JSON before parsing. Bodies already in protobuf JSON pass
 * through untouched, so both shapes work:
 *
 * <ul>
 *   <li>{@code POST /collection}: {@code schema} as a JSON object (a {@code CollectionSchema}),
 *       or base64 of its protobuf bytes.</li>
 *   <li>{@code POST /entities}: each {@code fields_data} element as
 *       {@code {"field_name", "type", "field": [...]}} where {@code field} holds one value per
 *       row (a float array per row for FloatVector; base64 per row for BinaryVector, Float16Vector,
 *       BFloat16Vector and Int8Vector; an object {@code {"index": value}} per row for SparseFloatVector).</li>
 *   <li>{@code POST /search}: {@code vectors} (float arrays, for every dense type), {@code binary_vectors} (base64
 *       per vector) or {@code sparse_vectors} (objects {@code {"index": value}}) instead of {@code placeholder_group} (base64 protobuf bytes, also accepted).</li>
 *   <li>{@code GET /distance}: {@code op_left}/{@code op_right} as {@code {"dim", "vectors"}}
 *       (flat floats), {@code {"dim", "binary_vectors"}} (base64) or {@code {"ids": {...}}}.</li>
 * </ul>
 *
 * <p>Stateless; failures are {@link BadRequestException}s naming the field.
 */
final class RequestShapes {
    private RequestShapes() {}

    /** One request's rewrite. */
    private interface Shape {
        void apply(JsonObject body) throws BadRequestException;
    }

    /** The rewrites, keyed by the request message type (so no RPC name is restated here). */
    private static final Map<Descriptor, Shape> SHAPES = Map.of(
            CreateCollectionRequest.getDescriptor(), RequestShapes::schema,
            InsertRequest.getDescriptor(), RequestShapes::fieldsData,
            SearchRequest.getDescriptor(), RequestShapes::searchVectors,
            CalcDistanceRequest.getDescriptor(),
                    body -> {
                        vectorsArray(body, "op_left");
                        vectorsArray(body, "op_right");
                    });

    /** Rewrites {@code body} in place for a request of the given type. */
    static void normalize(Descriptor requestType, JsonObject body) throws BadRequestException {
        Shape shape = SHAPES.get(requestType);
        if (shape != null) {
            shape.apply(body);
        }
    }

    private static void schema(JsonObject body) throws BadRequestException {
        JsonElement schema = body.get("schema");
        if (schema != null && schema.isJsonObject()) {
            CollectionSchema.Builder b = CollectionSchema.newBuilder();
            try {
                JsonFormat.parser().ignoringUnknownFields().merge(schema.toString(), b);
            } catch (InvalidProtocolBufferException e) {
                throw new BadRequestException("parse body failed: schema: " + e.getMessage());
            }
            body.addProperty("schema", base64(b.build().toByteArray()));
        }
    }

    private static void fieldsData(JsonObject body) throws BadRequestException {
        JsonElement fields = body.get("fields_data");
        if (fields == null || !fields.isJsonArray()) {
            return;
        }
        int rows = -1;
        JsonArray out = new JsonArray();
        for (JsonElement e : fields.getAsJsonArray()) {
            if (!e.isJsonObject() || !e.getAsJsonObject().has("field")) {
                out.add(e);
                continue;
            }
            JsonObject f = e.getAsJsonObject();
            String name = fieldName(f.get("field_name"));
            DataType type = dataType(name, f.get("type"));
            JsonElement values = f.get("field");
            if (!values.isJsonArray()) {
                throw new BadRequestException(
                        "convert body to pb failed: parse field[" + name + "]: field must be an array");
            }
            JsonElement valid = f.get("valid_data");
            rows = valid != null && valid.isJsonArray()
                    ? valid.getAsJsonArray().size()
                    : values.getAsJsonArray().size();
            JsonObject pb = new JsonObject();
            pb.addProperty("type", type.getNumber());
            pb.addProperty("field_name", name);
            if (f.has("field_id")) {
                pb.add("field_id", f.get("field_id"));
            }
            if (f.has("valid_data")) {
                pb.add("valid_data", f.get("valid_data")); // a nullable column: its values are the valid rows'
            }
            DataType elementType = f.has("element_type") ? dataType(name, f.get("element_type")) : null;
            FieldShapes.fill(pb, name, type, elementType, values.getAsJsonArray());
            out.add(pb);
        }
        body.add("fields_data", out);
        if (!body.has("num_rows") && rows >= 0) {
            body.addProperty("num_rows", rows);
        }
    }

    /** {@code field_name} must be a JSON string when present. */
    private static String fieldName(JsonElement e) throws BadRequestException {
        if (e == null || e.isJsonNull()) {
            return "";
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new BadRequestException(
                    "convert body to pb failed: fields_data: field_name must be a string, got " + JsonCodec.kind(e));
        }
        return e.getAsString();
    }

    private static DataType dataType(String field, JsonElement type) throws BadRequestException {
        DataType t = null;
        if (type != null && type.isJsonPrimitive()) {
            JsonPrimitive p = type.getAsJsonPrimitive();
            t = p.isNumber() ? typeNumber(p) : enumByName(p.getAsString());
        }
        if (t == null) {
            throw new BadRequestException(
                    "convert body to pb failed: parse field[" + field + "]: unsupported data type " + type);
        }
        return t;
    }

    private static DataType typeNumber(JsonPrimitive p) {
        try {
            return DataType.forNumber(Integer.parseInt(p.getAsString()));
        } catch (NumberFormatException notAnInt) {
            return null;
        }
    }

    private static DataType enumByName(String name) {
        try {
            return DataType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void searchVectors(JsonObject body) throws BadRequestException {
        JsonElement floats = body.remove("vectors");
        JsonElement binaries = body.remove("binary_vectors");
        JsonElement sparse = body.remove("sparse_vectors");
        PlaceholderValue.Builder ph = PlaceholderValue.newBuilder().setTag("$0");
        int nq;
        if (sparse != null && sparse.isJsonArray() && sparse.getAsJsonArray().size() > 0) {
            ph.setType(PlaceholderType.SparseFloatVector);
            for (JsonElement v : sparse.getAsJsonArray()) {
                ph.addValues(ByteString.copyFrom(FieldShapes.sparseRow("sparse_vectors", v)));
            }
            nq = sparse.getAsJsonArray().size();
        } else if (binaries != null
                && binaries.isJsonArray()
                && binaries.getAsJsonArray().size() > 0) {
            ph.setType(PlaceholderType.BinaryVector);
            for (JsonElement v : binaries.getAsJsonArray()) {
                ph.addValues(ByteString.copyFrom(FieldShapes.bytes("binary_vectors", v)));
            }
            nq = binaries.getAsJsonArray().size();
        } else if (floats != null && floats.isJsonArray()) {
            ph.setType(PlaceholderType.FloatVector);
            for (JsonElement v : floats.getAsJsonArray()) {
                ph.addValues(ByteString.copyFrom(littleEndian(FieldShapes.floats("vectors", v))));
            }
            nq = floats.getAsJsonArray().size();
        } else {
            return;
        }
        body.addProperty(
                "placeholder_group",
                base64(PlaceholderGroup.newBuilder().addPlaceholders(ph).build().toByteArray()));
        if (!body.has("nq")) {
            body.addProperty("nq", nq);
        }
    }

    private static void vectorsArray(JsonObject body, String key) throws BadRequestException {
        JsonElement e = body.get(key);
        if (e == null || !e.isJsonObject()) {
            return;
        }
        JsonObject w = e.getAsJsonObject();
        if (w.has("id_array") || w.has("data_array")) {
            return; // already protobuf JSON
        }
        JsonObject pb = new JsonObject();
        if (w.has("ids") && w.get("ids").isJsonObject()) {
            JsonObject ids = w.getAsJsonObject("ids");
            JsonObject idArray = new JsonObject();
            copy(ids, idArray, "collection_name");
            copy(ids, idArray, "field_name");
            copy(ids, idArray, "partition_names");
            JsonObject data = new JsonObject();
            data.add("data", ids.has("id_array") ? ids.get("id_array") : new JsonArray());
            JsonObject intId = new JsonObject();
            intId.add("int_id", data);
            idArray.add("id_array", intId);
            pb.add("id_array", idArray);
        } else {
            JsonObject field = new JsonObject();
            copy(w, field, "dim");
            if (w.has("binary_vectors")) {
                field.add("binary_vector", w.get("binary_vectors"));
            } else {
                JsonObject fa = new JsonObject();
                fa.add("data", w.has("vectors") ? w.get("vectors") : new JsonArray());
                field.add("float_vector", fa);
            }
            pb.add("data_array", field);
        }
        body.add(key, pb);
    }

    private static void copy(JsonObject from, JsonObject to, String key) {
        if (from.has(key)) {
            to.add(key, from.get(key));
        }
    }

    static byte[] littleEndian(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) {
            b.putFloat(f);
        }
        return b.array();
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
