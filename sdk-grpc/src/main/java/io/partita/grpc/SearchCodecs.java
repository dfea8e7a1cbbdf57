package io.partita.grpc;

import com.google.protobuf.ByteString;
import io.partita.model.CalcDistanceResults;
import io.partita.model.FloatArray;
import io.partita.model.IntArray;
import io.partita.model.QueryResults;
import io.partita.model.SearchIteratorV2Results;
import io.partita.model.SearchResultData;
import io.partita.model.SearchResults;
import io.partita.param.dml.CalcDistanceParam;
import io.partita.param.dml.HybridSearchParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;
import io.partita.transport.Operations;
import io.partita.transport.ReadConsistency;
import io.partita.transport.SearchRequestShape;
import io.partita.wire.CalcDistanceRequest;
import io.partita.wire.HybridSearchRequest;
import io.partita.wire.PlaceholderGroup;
import io.partita.wire.PlaceholderValue;
import io.partita.wire.QueryRequest;
import io.partita.wire.SearchRequest;
import io.partita.wire.VectorField;
import io.partita.wire.VectorsArray;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Codecs of the reading RPCs: Search, Query, CalcDistance. Search serializes the
 * {@link SearchRequestShape} sdk-core computed (search params, vector kind, consistency): the
 * query vectors as a serialized placeholder group, the settings as {@code search_params} pairs.
 */
final class SearchCodecs {
    private SearchCodecs() {}

    static void register(CodecTable t) {
        t.put(Operations.SEARCH, (stub, p, db) -> searchResults(stub.search(searchRequest(p, db))));
        t.put(Operations.HYBRID_SEARCH, (stub, p, db) -> searchResults(stub.hybridSearch(hybridRequest(p, db))));
        t.put(Operations.QUERY, (stub, p, db) -> queryResults(stub.query(queryRequest(p, db))));
        t.put(Operations.CALC_DISTANCE, (stub, p, db) -> distances(stub.calcDistance(distanceRequest(p))));
    }

    static SearchRequest searchRequest(SearchParam p, String db) {
        SearchRequestShape shape = SearchRequestShape.of(p);
        SearchRequest.Builder b = SearchRequest.newBuilder()
                .setDbName(db)
                .setCollectionName(p.getCollectionName())
                .addAllPartitionNames(p.getPartitionNames())
                .setDsl(shape.getDsl())
                .setDslTypeValue(SearchRequestShape.DSL_TYPE_BOOL_EXPR)
                .setNq(shape.getNq())
                .addAllOutputFields(p.getOutFields())
                .putAllExprTemplateValues(TemplateValues.toWire(p.getExprTemplateValues()));
        if (shape.isByIds()) {
            // milvus-sdk-java 2.6 VectorUtils.convertSearchTarget: the keys in SearchRequest.ids, no placeholder group
            b.setIds(ids(p.getIds()));
        } else {
            b.setPlaceholderGroup(placeholders(shape).toByteString());
        }
        shape.getSearchParams().forEach(kv -> b.addSearchParams(WireValues.pair(kv.getKey(), kv.getValue())));
        consistency(shape.getConsistency(), b::setUseDefaultConsistency, b::setConsistencyLevelValue);
        if (p.getFunctionScore() != null) {
            // milvus.proto SearchRequest.function_score (Milvus 2.6)
            b.setFunctionScore(functionScore(p.getFunctionScore()));
        }
        if (p.getHighlighter() != null) {
            // milvus.proto SearchRequest.highlighter (Milvus 2.6.8+): common.Highlighter's type and params
            b.setHighlighter(io.partita.wire.Highlighter.newBuilder()
                    .setType(io.partita.wire.HighlightType.valueOf(
                            p.getHighlighter().getType()))
                    .addAllParams(WireValues.toWirePairs(p.getHighlighter().getParams())));
        }
        return b.setTravelTimestamp(shape.getConsistency().getTravelTimestamp())
                .setGuaranteeTimestamp(shape.getConsistency().getGuaranteeTimestamp())
                .build();
    }

    /**
     * A HybridSearch request: each search as the SearchRequest {@link #searchRequest} builds, the
     * ranker in {@code rank_params} as pymilvus sends it ({@code strategy}, {@code params},
     * {@code limit}, {@code round_decimal}).
     */
    static HybridSearchRequest hybridRequest(HybridSearchParam p, String db) {
        HybridSearchRequest.Builder b = HybridSearchRequest.newBuilder()
                .setDbName(db)
                .setCollectionName(p.getCollectionName())
                .addAllPartitionNames(p.getPartitionNames())
                .addAllOutputFields(p.getOutFields());
        if (p.getFunctionScore() == null) {
            b.addRankParams(WireValues.pair("strategy", p.getRankerStrategy()))
                    .addRankParams(WireValues.pair("params", p.getRankerParams()));
        } else {
            // as milvus-sdk-java 2.6 sends it: the function score in place of rank_params' ranker
            b.setFunctionScore(functionScore(p.getFunctionScore()));
        }
        b.addRankParams(WireValues.pair("limit", Integer.toString(p.getTopK())))
                .addRankParams(WireValues.pair("round_decimal", Integer.toString(p.getRoundDecimal())));
        if (p.getOffset() > 0) {
            b.addRankParams(WireValues.pair("offset", Long.toString(p.getOffset())));
        }
        if (!p.getGroupByFieldName().isEmpty()) {
            // as milvus-sdk-java 2.6 v2/utils/VectorUtils ConvertToGrpcHybridSearchRequest sends them
            b.addRankParams(WireValues.pair("group_by_field", p.getGroupByFieldName()));
            if (p.getGroupSize() != null) {
                b.addRankParams(WireValues.pair("group_size", p.getGroupSize().toString()));
            }
            if (p.getStrictGroupSize() != null) {
                b.addRankParams(WireValues.pair(
                        "strict_group_size", p.getStrictGroupSize().toString()));
            }
        }
        p.getSearchRequests().forEach(s -> b.addRequests(searchRequest(s, db)));
        if (p.getConsistencyLevel() == null) {
            b.setUseDefaultConsistency(true);
        } else {
            b.setConsistencyLevelValue(p.getConsistencyLevel().getCode());
        }
        return b.build();
    }

    private static io.partita.wire.IDs ids(List<?> keys) {
        if (keys.get(0) instanceof String) {
            io.partita.wire.StringArray.Builder a = io.partita.wire.StringArray.newBuilder();
            keys.forEach(k -> a.addData((String) k));
            return io.partita.wire.IDs.newBuilder().setStrId(a).build();
        }
        io.partita.wire.LongArray.Builder a = io.partita.wire.LongArray.newBuilder();
        keys.forEach(k -> a.addData((Long) k));
        return io.partita.wire.IDs.newBuilder().setIntId(a).build();
    }

    /** A function score as schema.proto's FunctionScore. */
    private static io.partita.wire.FunctionScore functionScore(io.partita.param.dml.FunctionScoreParam p) {
        io.partita.wire.FunctionScore.Builder fs =
                io.partita.wire.FunctionScore.newBuilder().addAllParams(WireValues.toWirePairs(p.getParams()));
        p.getFunctions().forEach(f -> fs.addFunctions(SchemaCodec.toWire(f)));
        return fs.build();
    }

    private static PlaceholderGroup placeholders(SearchRequestShape shape) {
        PlaceholderValue.Builder v = PlaceholderValue.newBuilder().setTag(SearchRequestShape.PLACEHOLDER_TAG);
        // The placeholder type numbers are the data type numbers (common.proto PlaceholderType).
        v.setTypeValue(shape.getVectorType().getNumber());
        if (shape.isEmbeddingLists()) {
            v.setType(io.partita.wire.PlaceholderType.EmbListFloatVector);
        }
        switch (shape.getVectorType()) {
            case FloatVector:
                shape.getFloatVectors().forEach(row -> v.addValues(VectorBytes.floats(row)));
                break;
            case SparseFloatVector:
                shape.getSparseVectors().forEach(row -> v.addValues(VectorBytes.sparse(row)));
                break;
            case VarChar:
                shape.getTexts().forEach(text -> v.addValues(ByteString.copyFromUtf8(text)));
                break;
            default: // binary, float16, bfloat16, int8: the raw bytes
                shape.getByteVectors().forEach(row -> v.addValues(VectorBytes.binary(row)));
                break;
        }
        return PlaceholderGroup.newBuilder().addPlaceholders(v).build();
    }

    /** Writes either "use the collection's own level" or the explicit level; never both. */
    private static void consistency(ReadConsistency c, Consumer<Boolean> useDefault, IntConsumer level) {
        if (c.usesDefault()) {
            useDefault.accept(true);
        } else {
            level.accept(c.getLevel().getNumber());
        }
    }

    private static SearchResults searchResults(io.partita.wire.SearchResults r) {
        SearchResults.Builder b = SearchResults.newBuilder()
                .setStatus(WireValues.status(r.getStatus()))
                .setCollectionName(r.getCollectionName())
                .setSessionTs(r.getSessionTs());
        if (r.hasResults()) {
            io.partita.wire.SearchResultData d = r.getResults();
            SearchResultData.Builder rb = SearchResultData.newBuilder()
                    .setNumQueries(d.getNumQueries())
                    .setTopK(d.getTopK())
                    .addAllScores(d.getScoresList())
                    .addAllTopks(d.getTopksList())
                    .addAllOutputFields(d.getOutputFieldsList())
                    .setPrimaryFieldName(d.getPrimaryFieldName());
            d.getFieldsDataList().forEach(f -> rb.addFieldsData(FieldDataCodec.fromWire(f)));
            if (d.hasIds()) {
                rb.setIds(WireValues.ids(d.getIds()));
            }
            if (d.hasSearchIteratorV2Results()) {
                rb.setSearchIteratorV2Results(SearchIteratorV2Results.newBuilder()
                        .setToken(d.getSearchIteratorV2Results().getToken())
                        .setLastBound(d.getSearchIteratorV2Results().getLastBound())
                        .build());
            }
            for (io.partita.wire.HighlightResult h : d.getHighlightResultsList()) {
                io.partita.model.HighlightResult.Builder hb =
                        io.partita.model.HighlightResult.newBuilder().setFieldName(h.getFieldName());
                h.getDatasList()
                        .forEach(x -> hb.addDatas(io.partita.model.HighlightData.newBuilder()
                                .addAllFragments(x.getFragmentsList())
                                .addAllScores(x.getScoresList())
                                .build()));
                rb.addHighlightResults(hb.build());
            }
            b.setResults(rb.build());
        }
        return b.build();
    }

    static QueryRequest queryRequest(QueryParam p, String db) {
        ReadConsistency c = ReadConsistency.of(p);
        QueryRequest.Builder b = QueryRequest.newBuilder()
                .setDbName(db)
                .setCollectionName(p.getCollectionName())
                .addAllPartitionNames(p.getPartitionNames())
                .setExpr(p.getExpr())
                .addAllOutputFields(p.getOutFields())
                .setTravelTimestamp(c.getTravelTimestamp())
                .setGuaranteeTimestamp(c.getGuaranteeTimestamp())
                .putAllExprTemplateValues(TemplateValues.toWire(p.getExprTemplateValues()));
        consistency(c, b::setUseDefaultConsistency, b::setConsistencyLevelValue);
        // milvus-sdk-java 2.6 VectorUtils.ConvertToGrpcQueryRequest: the extra pairs first
        p.getQueryParams().forEach((k, v) -> b.addQueryParams(WireValues.pair(k, v)));
        // As the official client's ParamUtils.convertQueryParam: limit and offset travel as
        // query_params pairs, and only when a limit is set.
        if (p.getLimit() > 0) {
            b.addQueryParams(WireValues.pair("limit", Long.toString(p.getLimit())));
            b.addQueryParams(WireValues.pair("offset", Long.toString(p.getOffset())));
        }
        if (p.isIterator()) {
            // milvus-sdk-java 2.6 orm/iterator/QueryIterator.executeQuery: the two iterator pairs
            b.addQueryParams(WireValues.pair("reduce_stop_for_best", Boolean.toString(p.isReduceStopForBest())));
            b.addQueryParams(WireValues.pair("iterator", "true"));
        }
        if (!p.getTimezone().isEmpty()) {
            b.addQueryParams(WireValues.pair("timezone", p.getTimezone()));
        }
        return b.build();
    }

    private static QueryResults queryResults(io.partita.wire.QueryResults r) {
        QueryResults.Builder b = QueryResults.newBuilder()
                .setStatus(WireValues.status(r.getStatus()))
                .setCollectionName(r.getCollectionName())
                .setSessionTs(r.getSessionTs())
                .addAllOutputFields(r.getOutputFieldsList());
        r.getFieldsDataList().forEach(f -> b.addFieldsData(FieldDataCodec.fromWire(f)));
        return b.build();
    }

    private static CalcDistanceRequest distanceRequest(CalcDistanceParam p) {
        return CalcDistanceRequest.newBuilder()
                .setOpLeft(vectors(p.getVectorsLeft()))
                .setOpRight(vectors(p.getVectorsRight()))
                .addParams(WireValues.pair("metric", p.getMetricType().name()))
                .build();
    }

    private static VectorsArray vectors(List<List<Float>> rows) {
        io.partita.wire.FloatArray.Builder flat = io.partita.wire.FloatArray.newBuilder();
        rows.forEach(flat::addAllData);
        int dim = rows.isEmpty() ? 0 : rows.get(0).size();
        return VectorsArray.newBuilder()
                .setDataArray(VectorField.newBuilder().setDim(dim).setFloatVector(flat))
                .build();
    }

    private static CalcDistanceResults distances(io.partita.wire.CalcDistanceResults r) {
        CalcDistanceResults.Builder b = CalcDistanceResults.newBuilder().setStatus(WireValues.status(r.getStatus()));
        if (r.hasIntDist()) {
            b.setIntDist(IntArray.newBuilder()
                    .addAllData(r.getIntDist().getDataList())
                    .build());
        } else if (r.hasFloatDist()) {
            b.setFloatDist(FloatArray.newBuilder()
                    .addAllData(r.getFloatDist().getDataList())
                    .build());
        }
        return b.build();
    }
}
