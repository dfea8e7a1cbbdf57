package io.partita.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.model.CalcDistanceResults;
import io.partita.model.FloatArray;
import io.partita.model.IntArray;
import io.partita.model.QueryResults;
import io.partita.model.SearchIteratorV2Results;
import io.partita.model.SearchResultData;
import io.partita.model.SearchResults;
import io.partita.param.dml.CalcDistanceParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;
import io.partita.transport.Operations;
import io.partita.transport.ReadConsistency;
import io.partita.transport.SearchRequestShape;
import java.util.List;

/**
 * Codecs of the reading routes: {@code POST /search}, {@code POST /query}, {@code GET /distance}.
 * Search sends its query vectors in Milvus 2.1's HTTP shape ({@code vectors}: one float array per
 * query, {@code binary_vectors}: base64 per query, {@code sparse_vectors}; the other vector types
 * and text as a serialized {@code placeholder_group}, see {@link PlaceholderBytes}) and its
 * settings (grouping included) as the {@code search_params} pairs, serializing the
 * {@link SearchRequestShape} sdk-core computed.
 */
final class SearchCodecs {
    private SearchCodecs() {}

    static void register(CodecTable t) {
        t.put(Operations.SEARCH, (http, p, db) -> {
            if (p.getHighlighter() != null) {
                // Milvus's RESTful search (httpserver request_v2.go SearchReqV2) takes no highlighter
                throw io.partita.transport.TransportException.unsupported("Search with a highlighter", "REST");
            }
            return searchResults(http.send(searchBody(p, db)));
        });
        t.put(Operations.QUERY, (http, p, db) -> queryResults(http.send(queryBody(p, db))));
        t.put(Operations.CALC_DISTANCE, (http, p, db) -> distances(http.send(distanceBody(p))));
    }

    static JsonObject searchBody(SearchParam p, String db) throws io.partita.transport.TransportException {
        if (p.isEmbeddingLists()) {
            throw io.partita.transport.TransportException.unsupported("Search with embedding lists", "REST");
        }
        SearchRequestShape shape = SearchRequestShape.of(p);
        JsonArray params = new JsonArray();
        shape.getSearchParams().forEach(kv -> params.add(Body.pair(kv.getKey(), kv.getValue())));
        Body b = Body.of(db)
                .str("collection_name", p.getCollectionName())
                .strs("partition_names", p.getPartitionNames())
                .str("dsl", shape.getDsl())
                .num("dsl_type", SearchRequestShape.DSL_TYPE_BOOL_EXPR);
        if (shape.isByIds()) {
            b.add("ids", ids(p.getIds())); // SearchRequest.ids (Milvus 2.6), no query vectors
        } else {
            queries(b, shape);
        }
        TemplateValues.addTo(b, p.getExprTemplateValues());
        b.strs("output_fields", p.getOutFields()).add("search_params", params).num("nq", shape.getNq());
        if (p.getFunctionScore() != null) {
            b.add("function_score", functionScore(p.getFunctionScore()));
        }
        return consistency(b, shape.getConsistency()).json();
    }

    /** Primary keys as the protobuf JSON of {@code IDs}: {@code {"int_id":{"data":[..]}}} or {@code str_id}. */
    private static JsonObject ids(List<?> keys) {
        JsonArray data = new JsonArray(keys.size());
        boolean text = keys.get(0) instanceof String;
        keys.forEach(k -> data.add(text ? (String) k : Long.toString((Long) k)));
        JsonObject holder = new JsonObject();
        holder.add("data", data);
        JsonObject out = new JsonObject();
        out.add(text ? "str_id" : "int_id", holder);
        return out;
    }

    /** SearchRequest's {@code function_score} (Milvus 2.6) in the protobuf JSON shape of the body's other members. */
    private static JsonObject functionScore(io.partita.param.dml.FunctionScoreParam fs) {
        JsonArray functions = new JsonArray();
        for (io.partita.model.FunctionSchema f : fs.getFunctions()) {
            JsonArray pairs = new JsonArray();
            f.getParamsList().forEach(kv -> pairs.add(Body.pair(kv.getKey(), kv.getValue())));
            JsonArray inputs = new JsonArray();
            f.getInputFieldNamesList().forEach(inputs::add);
            JsonArray outputs = new JsonArray();
            f.getOutputFieldNamesList().forEach(outputs::add);
            JsonObject o = new JsonObject();
            o.addProperty("name", f.getName());
            o.addProperty("description", f.getDescription());
            o.addProperty("type", f.getType().getCode());
            o.add("input_field_names", inputs);
            o.add("output_field_names", outputs);
            o.add("params", pairs);
            functions.add(o);
        }
        JsonArray params = new JsonArray();
        fs.getParams().forEach((k, v) -> params.add(Body.pair(k, v)));
        JsonObject out = new JsonObject();
        out.add("functions", functions);
        out.add("params", params);
        return out;
    }

    /**
     * The queries in the 2.1 HTTP API's shapes: {@code vectors} (float arrays),
     * {@code binary_vectors} (base64 each), {@code sparse_vectors} (objects of index → value);
     * float16, bfloat16, int8 vectors and text as a serialized {@code placeholder_group}.
     */
    private static void queries(Body b, SearchRequestShape shape) {
        JsonArray rows = new JsonArray(shape.getNq());
        switch (shape.getVectorType()) {
            case FloatVector:
                for (List<Float> floats : shape.getFloatVectors()) {
                    JsonArray v = new JsonArray(floats.size());
                    floats.forEach(v::add);
                    rows.add(v);
                }
                b.add("vectors", rows);
                return;
            case BinaryVector:
                shape.getBinaryVectors().forEach(row -> rows.add(FieldDataCodec.base64(row)));
                b.add("binary_vectors", rows);
                return;
            case SparseFloatVector:
                for (java.util.SortedMap<Long, Float> row : shape.getSparseVectors()) {
                    JsonObject v = new JsonObject();
                    row.forEach((index, value) -> v.addProperty(Long.toString(index), value));
                    rows.add(v);
                }
                b.add("sparse_vectors", rows);
                return;
            case VarChar: {
                List<byte[]> values = new java.util.ArrayList<>();
                shape.getTexts().forEach(t -> values.add(t.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                b.str(
                        "placeholder_group",
                        PlaceholderBytes.base64(
                                SearchRequestShape.PLACEHOLDER_TAG,
                                shape.getVectorType().getNumber(),
                                values));
                return;
            }
            default: {
                List<byte[]> values = new java.util.ArrayList<>();
                shape.getByteVectors().forEach(row -> values.add(PlaceholderBytes.bytes(row)));
                b.str(
                        "placeholder_group",
                        PlaceholderBytes.base64(
                                SearchRequestShape.PLACEHOLDER_TAG,
                                shape.getVectorType().getNumber(),
                                values));
            }
        }
    }

    /** Writes either "use the collection's own level" or the explicit level, then the timestamps. */
    private static Body consistency(Body b, ReadConsistency c) {
        if (c.usesDefault()) {
            b.bool("use_default_consistency", true);
        } else {
            b.num("consistency_level", c.getLevel().getNumber());
        }
        return b.num("travel_timestamp", c.getTravelTimestamp()).num("guarantee_timestamp", c.getGuaranteeTimestamp());
    }

    private static SearchResults searchResults(JsonObject r) {
        SearchResults.Builder b = SearchResults.newBuilder()
                .setStatus(JsonValues.status(r))
                .setCollectionName(JsonValues.str(r, "collection_name"))
                .setSessionTs(JsonValues.lng(r, "session_ts"));
        JsonObject d = JsonValues.obj(r, "results");
        if (d != null) {
            SearchResultData.Builder rb = SearchResultData.newBuilder()
                    .setNumQueries(JsonValues.lng(d, "num_queries"))
                    .setTopK(JsonValues.lng(d, "top_k"))
                    .addAllScores(JsonValues.floats(d, "scores"))
                    .addAllTopks(JsonValues.longs(d, "topks"))
                    .addAllOutputFields(JsonValues.strs(d, "output_fields"))
                    .setPrimaryFieldName(JsonValues.str(d, "primary_field_name"));
            for (JsonObject f : JsonValues.objs(d, "fields_data")) {
                rb.addFieldsData(FieldDataCodec.fromJson(f));
            }
            JsonObject ids = JsonValues.obj(d, "ids");
            if (ids != null) {
                rb.setIds(JsonValues.ids(ids));
            }
            JsonObject iteratorV2 = JsonValues.obj(d, "search_iterator_v2_results");
            if (iteratorV2 != null) {
                rb.setSearchIteratorV2Results(SearchIteratorV2Results.newBuilder()
                        .setToken(JsonValues.str(iteratorV2, "token"))
                        .setLastBound(JsonValues.flt(iteratorV2, "last_bound"))
                        .build());
            }
            b.setResults(rb.build());
        }
        return b.build();
    }

    static JsonObject queryBody(QueryParam p, String db) {
        Body b = Body.of(db)
                .str("collection_name", p.getCollectionName())
                .strs("partition_names", p.getPartitionNames())
                .str("expr", p.getExpr())
                .strs("output_fields", p.getOutFields());
        TemplateValues.addTo(b, p.getExprTemplateValues());
        JsonArray params = new JsonArray(); // the QueryRequest's query_params, as the gRPC codec sends them
        p.getQueryParams().forEach((k, v) -> params.add(Body.pair(k, v)));
        if (p.getLimit() > 0) {
            params.add(Body.pair("limit", Long.toString(p.getLimit())));
            params.add(Body.pair("offset", Long.toString(p.getOffset())));
        }
        if (p.isIterator()) {
            params.add(Body.pair("reduce_stop_for_best", Boolean.toString(p.isReduceStopForBest())));
            params.add(Body.pair("iterator", "true"));
        }
        if (!p.getTimezone().isEmpty()) {
            params.add(Body.pair("timezone", p.getTimezone()));
        }
        if (!params.isEmpty()) {
            b.add("query_params", params);
        }
        return consistency(b, ReadConsistency.of(p)).json();
    }

    private static QueryResults queryResults(JsonObject r) {
        QueryResults.Builder b = QueryResults.newBuilder()
                .setStatus(JsonValues.status(r))
                .setCollectionName(JsonValues.str(r, "collection_name"))
                .setSessionTs(JsonValues.lng(r, "session_ts"))
                .addAllOutputFields(JsonValues.strs(r, "output_fields"));
        for (JsonObject f : JsonValues.objs(r, "fields_data")) {
            b.addFieldsData(FieldDataCodec.fromJson(f));
        }
        return b.build();
    }

    private static JsonObject distanceBody(CalcDistanceParam p) {
        JsonArray params = new JsonArray();
        params.add(Body.pair("metric", p.getMetricType().name()));
        return Body.of("")
                .add("op_left", vectors(p.getVectorsLeft()))
                .add("op_right", vectors(p.getVectorsRight()))
                .add("params", params)
                .json();
    }

    /** Milvus 2.1's HTTP shape of a VectorsArray: {@code {"dim": d, "vectors": [flat floats]}}. */
    private static JsonObject vectors(List<List<Float>> rows) {
        JsonArray flat = new JsonArray();
        rows.forEach(row -> row.forEach(flat::add));
        return Body.of("")
                .num("dim", rows.isEmpty() ? 0 : rows.get(0).size())
                .add("vectors", flat)
                .json();
    }

    private static CalcDistanceResults distances(JsonObject goOrProto) {
        JsonObject r = JsonValues.oneof(goOrProto, "Array");
        CalcDistanceResults.Builder b = CalcDistanceResults.newBuilder().setStatus(JsonValues.status(r));
        JsonObject ints = JsonValues.obj(r, "int_dist");
        JsonObject floats = JsonValues.obj(r, "float_dist");
        if (ints != null) {
            b.setIntDist(IntArray.newBuilder()
                    .addAllData(JsonValues.ints(ints, "data"))
                    .build());
        } else if (floats != null) {
            b.setFloatDist(FloatArray.newBuilder()
                    .addAllData(JsonValues.floats(floats, "data"))
                    .build());
        }
        return b.build();
    }
}
