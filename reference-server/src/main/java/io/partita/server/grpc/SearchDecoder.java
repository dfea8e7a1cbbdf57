package io.partita.server.grpc;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.partita.server.engine.Engine;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.SearchRequest;
import io.partita.wire.PlaceholderGroup;
import io.partita.wire.PlaceholderType;
import io.partita.wire.PlaceholderValue;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes a wire {@code SearchRequest}: the serialized placeholder group (float or binary query
 * vectors, little-endian) and the {@code search_params} pairs {@code anns_field}, {@code topk}
 * (or {@code limit}), {@code metric_type}, {@code params} (a JSON object), {@code round_decimal},
 * {@code offset}. Every decoding failure names the bad value.
 */
final class SearchDecoder {
    /**
     * Top-level {@code search_params} keys that shape the answer (grouping, iterator v2), passed to
     * the engine beside {@code params}; pymilvus 3 client/prepare.py {@code search_requests_with_expr}
     * sends each JSON-encoded ({@code "\"color\""} for a string).
     */
    static final java.util.List<String> RESULT_SHAPING_KEYS = java.util.List.of(
            "group_by_field",
            "group_size",
            "strict_group_size",
            "iterator",
            "search_iter_v2",
            "search_iter_batch_size",
            "search_iter_last_bound",
            "search_iter_id",
            "radius",
            "range_filter");

    private SearchDecoder() {}

    /** A JSON string literal's text, else the text itself (pymilvus dumps every value as JSON). */
    static String unquoted(String v) {
        String t = v.trim();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            try {
                return JsonParser.parseString(t).getAsString();
            } catch (RuntimeException e) {
                return v;
            }
        }
        return t;
    }

    static SearchRequest toEngine(io.partita.wire.SearchRequest req) {
        return toEngine(req, null);
    }

    /** The anns field a wire search names in its params (empty: the only vector field). */
    static String annsField(io.partita.wire.SearchRequest req) {
        return SchemaCodec.toMap(req.getSearchParamsList()).getOrDefault("anns_field", "");
    }

    /**
     * The engine's request for a wire search whose query vectors are {@code queries}, or, when
     * null, those of its placeholder group.
     */
    static SearchRequest toEngine(io.partita.wire.SearchRequest req, FieldColumn queries) {
        Map<String, String> kv = SchemaCodec.toMap(req.getSearchParamsList());
        String topkText = kv.containsKey("topk") ? kv.get("topk") : kv.get("limit");
        if (topkText == null) {
            throw Statuses.invalid("topk not found in search_params");
        }
        int topK = parseInt("topk", topkText);
        int roundDecimal = kv.containsKey("round_decimal") ? parseInt("round_decimal", kv.get("round_decimal")) : -1;
        Map<String, String> params = parseParams(kv.getOrDefault("params", ""));
        if (kv.containsKey("offset") && !params.containsKey("offset")) {
            params.put("offset", kv.get("offset")); // parsed and checked by the engine
        }
        for (String key : RESULT_SHAPING_KEYS) {
            if (kv.containsKey(key) && !params.containsKey(key)) {
                params.put(key, unquoted(kv.get(key))); // checked by the engine (SearchParams)
            }
        }
        if (Boolean.parseBoolean(params.getOrDefault("iterator", "false").trim()) && req.getGuaranteeTimestamp() > 0) {
            // an iterator's later pages read as of the snapshot it pinned (engine Snapshots)
            params.put(SearchRequest.SNAPSHOT_TS, Long.toString(req.getGuaranteeTimestamp()));
        } else {
            params.remove(SearchRequest.SNAPSHOT_TS);
        }
        String metric = kv.getOrDefault("metric_type", params.getOrDefault("metric_type", ""));
        FieldColumn vectors =
                queries != null ? queries : vectors(req.getPlaceholderGroup(), kv.getOrDefault("anns_field", ""));
        return new SearchRequest(
                req.getCollectionName(),
                req.getPartitionNamesList(),
                kv.getOrDefault("anns_field", ""),
                vectors,
                topK,
                metric,
                params,
                ExprTemplates.bind(req.getDsl(), req.getExprTemplateValuesMap()),
                req.getOutputFieldsList(),
                roundDecimal);
    }

    private static int parseInt(String key, String text) {
        long v = parseLong(key, text);
        if (v != (int) v) {
            throw Statuses.invalid(key + " [" + text.trim() + "] is invalid, it must be an integer");
        }
        return (int) v;
    }

    /** The one parser of integer-valued request pairs ({@code topk}, {@code limit}, {@code offset}, ...). */
    static long parseLong(String key, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            // echoed trimmed, as Milvus does ("limit [] is invalid" for " ")
            throw Statuses.invalid(key + " [" + text.trim() + "] is invalid, it must be an integer");
        }
    }

    /** The {@code params} JSON object, flattened to strings; integral numbers without a decimal point. */
    static Map<String, String> parseParams(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        JsonObject obj;
        try {
            JsonElement e = JsonParser.parseString(json);
            if (!e.isJsonObject()) {
                throw Statuses.invalid("search params [" + json + "] is invalid, it must be a JSON object");
            }
            obj = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw Statuses.invalid("search params [" + json + "] is invalid, it is not valid JSON");
        }
        for (Map.Entry<String, JsonElement> entry : obj.entrySet()) {
            JsonElement v = entry.getValue();
            String text;
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
                double d = v.getAsDouble();
                text = d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : v.getAsString();
            } else if (v.isJsonPrimitive()) {
                text = v.getAsString();
            } else {
                text = v.toString();
            }
            out.put(entry.getKey(), text);
        }
        return out;
    }

    static FieldColumn vectors(ByteString groupBytes, String annsField) {
        PlaceholderGroup group;
        try {
            group = PlaceholderGroup.parseFrom(groupBytes);
        } catch (InvalidProtocolBufferException e) {
            throw Statuses.invalid("placeholder group cannot be parsed");
        }
        if (group.getPlaceholdersCount() != 1) {
            throw Statuses.invalid(
                    "placeholder group must hold exactly one placeholder, got " + group.getPlaceholdersCount());
        }
        PlaceholderValue ph = group.getPlaceholders(0);
        int nq = ph.getValuesCount();
        if (nq == 0) {
            // nothing to decode (the row length gives the dim); the range itself is the engine's rule
            throw Statuses.invalid("nq [" + nq
                    + "] is invalid, nq (number of search vector per search request) should be in range [1, "
                    + Engine.MAX_NQ + "]");
        }
        if (ph.getType() == PlaceholderType.SparseFloatVector) {
            byte[][] rows = new byte[nq][];
            for (int q = 0; q < nq; q++) {
                rows[q] = ph.getValues(q).toByteArray();
            }
            return FieldColumn.sparseVectors(annsField, rows); // rows are checked by the engine
        }
        if (ph.getType() == PlaceholderType.VarChar) {
            // full-text search: raw texts, analyzed by the engine with the BM25 field's analyzer
            java.util.List<String> texts = new java.util.ArrayList<>(nq);
            for (ByteString t : ph.getValuesList()) {
                texts.add(t.toStringUtf8());
            }
            return FieldColumn.varchars(annsField, texts);
        }
        if (ph.getType() == PlaceholderType.EmbListFloatVector) {
            // one embedding list per query: its float vectors back to back, little-endian (the
            // sub-field's dim splits them; the engine checks)
            float[][] lists = new float[nq][];
            for (int q = 0; q < nq; q++) {
                ByteString row = ph.getValues(q);
                if (row.size() % 4 != 0) {
                    throw Statuses.invalid(
                            "embedding list of " + row.size() + " bytes is not a whole number of floats");
                }
                lists[q] = new float[row.size() / 4];
                row.asReadOnlyByteBuffer()
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .asFloatBuffer()
                        .get(lists[q]);
            }
            return FieldColumn.embeddingLists(annsField, lists);
        }
        int rowBytes = ph.getValues(0).size();
        for (ByteString row : ph.getValuesList()) {
            if (row.size() != rowBytes || row.isEmpty()) {
                throw Statuses.invalid("query vectors must all have the same, non-zero length; got rows of " + rowBytes
                        + " and " + row.size() + " bytes");
            }
        }
        if (ph.getType() == PlaceholderType.FloatVector) {
            if (rowBytes % 4 != 0) {
                throw Statuses.invalid("float query vector of " + rowBytes + " bytes is not a whole number of floats");
            }
            int dim = rowBytes / 4;
            float[] flat = new float[nq * dim];
            for (int q = 0; q < nq; q++) {
                ph.getValues(q)
                        .asReadOnlyByteBuffer()
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .asFloatBuffer()
                        .get(flat, q * dim, dim);
            }
            return FieldColumn.floatVectors(annsField, dim, flat);
        }
        if (ph.getType() == PlaceholderType.BinaryVector) {
            ByteBuffer flat = ByteBuffer.allocate(nq * rowBytes);
            ph.getValuesList().forEach(row -> flat.put(row.asReadOnlyByteBuffer()));
            return FieldColumn.binaryVectors(annsField, rowBytes * 8, flat.array());
        }
        DataType byteType = switch (ph.getType()) {
            case Float16Vector -> DataType.FLOAT16_VECTOR;
            case BFloat16Vector -> DataType.BFLOAT16_VECTOR;
            case Int8Vector -> DataType.INT8_VECTOR;
            default -> null;
        };
        if (byteType != null) {
            int width = byteType.rowBytes(1);
            if (rowBytes % width != 0) {
                throw Statuses.invalid(ph.getType() + " query vector of " + rowBytes
                        + " bytes is not a whole number of " + width + "-byte elements");
            }
            ByteBuffer flat = ByteBuffer.allocate(nq * rowBytes);
            ph.getValuesList().forEach(row -> flat.put(row.asReadOnlyByteBuffer()));
            return FieldColumn.byteVectors(annsField, byteType, rowBytes / width, flat.array());
        }
        throw Statuses.invalid("placeholder type " + ph.getType()
                + " is not supported; use FloatVector, BinaryVector, Float16Vector, BFloat16Vector, Int8Vector or"
                + " SparseFloatVector");
    }
}
