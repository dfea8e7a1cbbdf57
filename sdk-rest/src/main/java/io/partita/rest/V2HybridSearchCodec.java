package io.partita.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.partita.model.CollectionSchema;
import io.partita.model.DataType;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.FieldData;
import io.partita.model.FieldSchema;
import io.partita.model.IDs;
import io.partita.model.LongArray;
import io.partita.model.SearchResultData;
import io.partita.model.SearchResults;
import io.partita.model.StringArray;
import io.partita.param.collection.DescribeCollectionParam;
import io.partita.param.dml.HybridSearchParam;
import io.partita.param.dml.SearchParam;
import io.partita.transport.Operations;
import io.partita.transport.SearchRequestShape;
import io.partita.transport.TransportException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HybridSearch over HTTP: Milvus 2.1's HTTP API has no route for it, so both REST modes send it to
 * RESTful v2's {@code POST /v2/vectordb/entities/hybrid_search} with Milvus's request_v2.go
 * HybridSearchReq shape: {@code search} (one SubSearchReq per search: {@code data},
 * {@code annsField}, {@code filter}, {@code metricType}, {@code limit}, {@code offset},
 * {@code params}), {@code rerank} ({@code strategy} and {@code params}), {@code limit},
 * {@code outputFields}, {@code partitionNames}, {@code consistencyLevel}. The answer is rows
 * (handler_v2.go hybridSearch prints the fused hits with buildQueryResp, plus {@code topks}); the
 * rows are turned back into the typed columns of a {@link SearchResults} with the collection's
 * schema, which one DescribeCollection fetches first. Stateless.
 */
final class V2HybridSearchCodec {
    static final String PATH = V2Codecs.PREFIX + "/entities/hybrid_search";
    /** The key handler_v2.go gives each hit's score. */
    static final String DISTANCE = "distance";

    private V2HybridSearchCodec() {}

    static void register(CodecTable t, Codec<DescribeCollectionParam, DescribeCollectionResponse> describe) {
        t.put(Operations.HYBRID_SEARCH, (http, p, db) -> {
            HttpCall describing = new HttpCall() { // the describe codec sends to its own route
                        @Override
                        public JsonObject send(JsonObject body) throws TransportException {
                            return http.sendTo(Operations.DESCRIBE_COLLECTION, body);
                        }

                        @Override
                        public JsonObject sendTo(io.partita.transport.Operation<?, ?> other, JsonObject body)
                                throws TransportException {
                            return http.sendTo(other, body);
                        }

                        @Override
                        public JsonObject post(String v2Path, JsonObject body) throws TransportException {
                            return http.post(v2Path, body);
                        }
                    };
            DescribeCollectionResponse d = describe.call(
                    describing,
                    DescribeCollectionParam.newBuilder()
                            .withCollectionName(p.getCollectionName())
                            .build(),
                    db);
            if (d.getStatus().getCode() != 0 || d.getStatus().getErrorCodeValue() != 0) {
                return SearchResults.newBuilder().setStatus(d.getStatus()).build();
            }
            if (p.getFunctionScore() != null) {
                // Milvus's RESTful v2 hybrid_search takes a rerank strategy only (request_v2.go)
                throw new io.partita.transport.TransportException(
                        io.partita.transport.TransportFailure.UNIMPLEMENTED,
                        "a hybrid search's function score is sent over gRPC only");
            }
            JsonObject a = http.post(PATH, body(p, db));
            return results(a, p, d.getSchema());
        });
    }

    static JsonObject body(HybridSearchParam p, String db) {
        JsonArray subs = new JsonArray();
        for (SearchParam s : p.getSearchRequests()) {
            subs.add(sub(s));
        }
        JsonObject rerank = new JsonObject();
        rerank.addProperty("strategy", p.getRankerStrategy());
        rerank.add("params", JsonParser.parseString(p.getRankerParams()));
        Body b = Body.v2(db)
                .str("collectionName", p.getCollectionName())
                .strs("partitionNames", p.getPartitionNames())
                .add("search", subs)
                .add("rerank", rerank)
                .num("limit", p.getTopK())
                .strs("outputFields", p.getOutFields());
        if (p.getConsistencyLevel() != null) {
            String level = p.getConsistencyLevel().name();
            b.str("consistencyLevel", level.charAt(0) + level.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.json();
    }

    /** One SubSearchReq: the vectors as float arrays (base64 for binary), the search params flat. */
    private static JsonObject sub(SearchParam s) {
        SearchRequestShape shape = SearchRequestShape.of(s);
        JsonArray data = new JsonArray(shape.getNq());
        if (shape.isBinary()) {
            shape.getBinaryVectors().forEach(row -> data.add(FieldDataCodec.base64(row)));
        } else {
            for (List<Float> floats : shape.getFloatVectors()) {
                JsonArray v = new JsonArray(floats.size());
                floats.forEach(v::add);
                data.add(v);
            }
        }
        JsonElement params = s.getParams() == null || s.getParams().isBlank()
                ? new JsonObject()
                : JsonParser.parseString(s.getParams());
        Body b = Body.of("");
        if (!s.getExprTemplateValues().isEmpty()) {
            b.add("exprParams", TemplateValues.plain(s.getExprTemplateValues())); // RESTful v2's spelling
        }
        return b.add("data", data)
                .str("annsField", s.getVectorFieldName())
                .str("filter", s.getExpr())
                .str(
                        "metricType",
                        s.getMetricType() == null ? "" : s.getMetricType().name())
                .num("limit", s.getTopK())
                .num("offset", 0)
                .add("params", params.isJsonObject() ? params : new JsonObject())
                .json();
    }

    /** The rows of the answer as columns: the primary key as IDs, {@code distance} as scores. */
    private static SearchResults results(JsonObject a, HybridSearchParam p, CollectionSchema schema)
            throws TransportException {
        SearchResults.Builder out =
                SearchResults.newBuilder().setStatus(V2Codecs.status(a)).setCollectionName(p.getCollectionName());
        JsonElement data = a.get("data");
        if (V2Codecs.status(a).getCode() != 0 || data == null || !data.isJsonArray()) {
            return out.build();
        }
        FieldSchema pk = null;
        Map<String, FieldSchema> fields = new LinkedHashMap<>();
        FieldSchema dynamic = null;
        for (FieldSchema f : schema.getFieldsList()) {
            if (f.getIsPrimaryKey()) {
                pk = f;
            } else if (f.getIsDynamic()) {
                dynamic = f;
            } else {
                fields.put(f.getName(), f);
            }
        }
        if (pk == null) {
            throw new IllegalAnswerException("collection " + p.getCollectionName() + " has no primary key");
        }
        JsonArray rows = data.getAsJsonArray();
        LongArray.Builder intIds = LongArray.newBuilder();
        StringArray.Builder strIds = StringArray.newBuilder();
        List<Float> scores = new ArrayList<>(rows.size());
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        List<Object> meta = new ArrayList<>();
        for (JsonElement e : rows) {
            if (!e.isJsonObject()) {
                throw new IllegalAnswerException("data must list rows, got " + e);
            }
            JsonObject row = e.getAsJsonObject();
            JsonElement id = row.get(pk.getName());
            if (id == null) {
                throw new IllegalAnswerException("row without primary key " + pk.getName() + ": " + row);
            }
            if (pk.getDataType() == DataType.VarChar) {
                strIds.addData(id.getAsString());
            } else {
                intIds.addData(Long.parseLong(id.getAsString()));
            }
            scores.add(row.has(DISTANCE) ? row.get(DISTANCE).getAsFloat() : 0f);
            JsonObject extra = new JsonObject();
            for (Map.Entry<String, JsonElement> kv : row.entrySet()) {
                String k = kv.getKey();
                if (k.equals(pk.getName()) || k.equals(DISTANCE)) {
                    continue;
                }
                if (fields.containsKey(k)) {
                    columns.computeIfAbsent(k, x -> new ArrayList<>())
                            .add(V2Values.value(fields.get(k), kv.getValue()));
                } else {
                    extra.add(k, kv.getValue()); // a dynamic key, spread into the row by buildQueryResp
                }
            }
            meta.add(extra.toString());
        }
        SearchResultData.Builder r = SearchResultData.newBuilder()
                .setNumQueries(
                        p.getSearchRequests().isEmpty()
                                ? 0
                                : SearchRequestShape.of(p.getSearchRequests().get(0))
                                        .getNq())
                .setTopK(p.getTopK())
                .addAllScores(scores)
                .addAllOutputFields(p.getOutFields())
                .setPrimaryFieldName(pk.getName())
                .setIds(
                        pk.getDataType() == DataType.VarChar
                                ? IDs.newBuilder().setStrId(strIds.build()).build()
                                : IDs.newBuilder().setIntId(intIds.build()).build());
        List<Long> topks = JsonValues.longs(a, "topks");
        r.addAllTopks(topks.isEmpty() ? List.of((long) rows.size()) : topks);
        for (Map.Entry<String, List<Object>> c : columns.entrySet()) {
            FieldSchema f = fields.get(c.getKey());
            r.addFieldsData(FieldData.newBuilder()
                    .setFieldName(f.getName())
                    .setFieldId(f.getFieldID())
                    .setType(f.getDataType())
                    .setDim(V2Values.dim(f))
                    .addAllValues(c.getValue())
                    .build());
        }
        if (dynamic != null && meta.stream().anyMatch(m -> !"{}".equals(m))) {
            r.addFieldsData(FieldData.newBuilder()
                    .setFieldName(dynamic.getName())
                    .setFieldId(dynamic.getFieldID())
                    .setType(DataType.JSON)
                    .addAllValues(meta)
                    .build());
        }
        return out.setResults(r.build()).build();
    }
}
