package io.partita.server.grpc;

import static io.partita.server.grpc.ServerRpc.unary;
import static io.partita.wire.MilvusServiceGrpc.getHybridSearchMethod;
import static io.partita.wire.MilvusServiceGrpc.getQueryMethod;
import static io.partita.wire.MilvusServiceGrpc.getSearchMethod;

import io.partita.server.engine.Engine;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.SearchResult;
import io.partita.wire.HybridSearchRequest;
import io.partita.wire.QueryResults;
import io.partita.wire.SearchIteratorV2Results;
import io.partita.wire.SearchResultData;
import io.partita.wire.SearchResults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Search and Query. */
final class SearchRpcs {
    /** What Go's strconv.ParseBool accepts. */
    private static final Set<String> GO_BOOLS =
            Set.of("1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False");

    private final Engine engine;

    /** Whether a search may give primary keys in place of query vectors (Milvus 2.6.9+). */
    private final boolean searchesByKeys;

    SearchRpcs(Engine engine) {
        this(engine, false);
    }

    SearchRpcs(Engine engine, boolean searchesByKeys) {
        this.engine = engine;
        this.searchesByKeys = searchesByKeys;
    }

    /** The search and query RPCs' declarations. */
    List<ServerRpc<?, ?>> rpcs() {
        return List.of(
                unary(getSearchMethod(), this::search),
                unary(getHybridSearchMethod(), this::hybridSearch),
                unary(getQueryMethod(), this::query));
    }

    SearchResults search(io.partita.wire.SearchRequest r) {
        FieldColumn byKeys = searchesByKeys && r.hasIds()
                ? SearchByKeys.vectors(engine, r.getCollectionName(), SearchDecoder.annsField(r), r.getIds())
                : null;
        io.partita.server.model.SearchRequest req = SearchDecoder.toEngine(r, byKeys);
        SearchResult res = r.hasFunctionScore() && r.getFunctionScore().getFunctionsCount() > 0
                ? FunctionScores.search(engine, req, r.getFunctionScore())
                : engine.search(req);
        boolean iterator = Boolean.parseBoolean(
                req.params().getOrDefault("iterator", "false").trim());
        return answer(res, r.getCollectionName(), r.getOutputFieldsList(), iterator);
    }

    /**
     * HybridSearch: each {@code requests[i]} decoded as a search (its own field, vectors, limit,
     * filter, params); {@code rank_params} holds {@code strategy}, {@code params} (a JSON object:
     * {@code k}, or {@code weights} and {@code norm_score}), {@code limit}, {@code offset},
     * {@code round_decimal} and the grouping keys (pymilvus 3 client/prepare.py
     * {@code hybrid_search_request_with_ranker}).
     */
    SearchResults hybridSearch(HybridSearchRequest r) {
        Map<String, String> kv = SchemaCodec.toMap(r.getRankParamsList());
        List<io.partita.server.model.SearchRequest> subs = new ArrayList<>();
        for (io.partita.wire.SearchRequest sub : r.getRequestsList()) {
            subs.add(SearchDecoder.toEngine(sub));
        }
        String limitText = kv.get("limit");
        if (limitText == null) {
            throw Statuses.invalid("limit not found in rank_params");
        }
        long limit = SearchDecoder.parseLong("limit", limitText);
        long offset = kv.containsKey("offset") ? SearchDecoder.parseLong("offset", kv.get("offset")) : 0;
        long round = kv.containsKey("round_decimal")
                ? SearchDecoder.parseLong("round_decimal", kv.get("round_decimal"))
                : -1;
        if (round != -1 && (round < 0 || round > 6)) {
            // milvus-io/milvus internal/proxy/search_util.go parseRankParams
            throw Statuses.invalid("round_decimal [" + kv.get("round_decimal")
                    + "] is invalid, should be -1 or an integer in range [0, 6]");
        }
        Map<String, String> group = new LinkedHashMap<>();
        for (String key : List.of("group_by_field", "group_size", "strict_group_size")) {
            if (kv.containsKey(key)) {
                group.put(key, SearchDecoder.unquoted(kv.get(key)));
            }
        }
        String strategy = kv.getOrDefault("strategy", "");
        Map<String, String> rankParams = SearchDecoder.parseParams(kv.getOrDefault("params", ""));
        if (!kv.containsKey("strategy")
                && r.hasFunctionScore()
                && r.getFunctionScore().getFunctionsCount() > 0) {
            // milvus-sdk-java 2.6 (v2/utils/VectorUtils ConvertToGrpcHybridSearchRequest) may send its
            // RRFRanker / WeightedRanker as a rerank function: params reranker, k, weights, norm_score
            if (r.getFunctionScore().getFunctionsCount() > 1) {
                throw Statuses.invalid("only one rerank function is supported in function_score");
            }
            Map<String, String> fp =
                    SchemaCodec.toMap(r.getFunctionScore().getFunctions(0).getParamsList());
            strategy = fp.getOrDefault("reranker", "");
            if (strategy.equals("decay") || strategy.equals("model") || strategy.equals("boost")) {
                // Milvus 2.6: the function score's one rerank function fuses the searches
                SearchResult fused = FunctionScores.hybrid(
                        engine,
                        r.getCollectionName(),
                        r.getPartitionNamesList(),
                        subs,
                        r.getFunctionScore().getFunctions(0),
                        clamp(limit),
                        clamp(offset),
                        (int) round,
                        r.getOutputFieldsList());
                return answer(fused, r.getCollectionName(), r.getOutputFieldsList(), false);
            }
            if (!strategy.equals("rrf") && !strategy.equals("weighted")) {
                throw Statuses.invalid("unsupported rerank function: reranker [" + strategy + "]");
            }
            rankParams = new LinkedHashMap<>(fp);
            rankParams.remove("reranker");
        }
        SearchResult res = engine.hybridSearch(new io.partita.server.model.HybridSearchRequest(
                r.getCollectionName(),
                r.getPartitionNamesList(),
                subs,
                strategy,
                rankParams,
                clamp(limit),
                clamp(offset),
                (int) round,
                r.getOutputFieldsList(),
                group));
        return answer(res, r.getCollectionName(), r.getOutputFieldsList(), false);
    }

    private static int clamp(long v) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** The wire answer; {@code session_ts} only for an iterator's calls (the answers of others stay as before). */
    private SearchResults answer(SearchResult res, String collectionName, List<String> outputFields, boolean iterator) {
        SearchResultData.Builder d = SearchResultData.newBuilder()
                .setNumQueries(res.numQueries())
                .setTopK(res.topK())
                .setIds(FieldDataCodec.toIds(res.ids()));
        for (long k : res.topks()) {
            d.addTopks(k);
        }
        for (float s : res.scores()) {
            d.addScores(s);
        }
        for (FieldColumn c : res.fields()) {
            d.addFieldsData(FieldDataCodec.toFieldData(c));
        }
        d.addAllOutputFields(OutputNames.of(outputFields, res.fields()));
        if (res.groupByValues() != null) {
            d.setGroupByFieldValue(FieldDataCodec.toFieldData(res.groupByValues()));
        }
        if (res.iterator() != null) {
            d.setSearchIteratorV2Results(SearchIteratorV2Results.newBuilder()
                    .setToken(res.iterator().token())
                    .setLastBound(res.iterator().lastBound()));
        }
        String primary = primaryFieldName(collectionName);
        if (primary != null) {
            d.setPrimaryFieldName(primary);
        }
        SearchResults.Builder b = SearchResults.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setResults(d)
                .setCollectionName(collectionName);
        if (iterator) {
            b.setSessionTs(sessionTs());
        }
        return b.build();
    }

    /**
     * The timestamp an iterator pins as its guarantee_timestamp ({@code session_ts}): the engine
     * clock's now, later than every acknowledged write. Every answer already sees every
     * acknowledged write, so any guarantee a client sends is met.
     */
    private long sessionTs() {
        return engine.timestamp();
    }

    /**
     * Milvus names the primary key in every search answer (SearchResultData.primary_field_name);
     * the official V2 client labels each hit with it. Read after the search succeeded, so a search's
     * own errors stay its own; null if the collection went away in between.
     */
    private String primaryFieldName(String collectionName) {
        try {
            io.partita.server.model.FieldSchema pk =
                    engine.describeCollection(collectionName).schema().primaryKey();
            return pk == null ? null : pk.name();
        } catch (RuntimeException droppedMeanwhile) {
            return null;
        }
    }

    /**
     * Milvus's proxy checks a query's limit and offset when a limit is given (task_query.go
     * parseQueryParams, validateMaxQueryResultWindow; quotaAndLimits.limits.maxQueryResultWindow
     * 16384), in its words.
     */
    private static void checkResultWindow(long offset, long limit) {
        String why = null;
        if (offset < 0) {
            why = "offset [" + offset + "] is invalid, should be gte than 0";
        } else if (limit <= 0) {
            why = "limit [" + limit + "] is invalid, should be greater than 0";
        } else if (offset + limit > Engine.MAX_TOPK || offset + limit <= 0) {
            why = "(offset+limit) should be in range [1, " + Engine.MAX_TOPK + "], but got " + (offset + limit);
        }
        if (why != null) {
            throw Statuses.invalid("invalid max query result window, " + why);
        }
    }

    QueryResults query(io.partita.wire.QueryRequest r) {
        Map<String, String> params = SchemaCodec.toMap(r.getQueryParamsList());
        long limit = params.containsKey("limit") ? SearchDecoder.parseLong("limit", params.get("limit")) : -1;
        long offset = params.containsKey("offset") ? SearchDecoder.parseLong("offset", params.get("offset")) : 0;
        if (params.containsKey("limit")) {
            checkResultWindow(offset, limit);
        }
        String ignoreGrowing = params.get("ignore_growing");
        if (ignoreGrowing != null && !GO_BOOLS.contains(ignoreGrowing)) {
            // task_query.go parseQueryParams: strconv.ParseBool of the pair, in the proxy's words
            throw Statuses.invalid("parse ignore growing field failed");
        }
        // pymilvus 3 (client/iterator/query_iterator.py) and milvus-sdk-java 2.6 send iterator=True
        // and page with "pk > last": the rows must come in primary-key order
        boolean iterator =
                Boolean.parseBoolean(params.getOrDefault("iterator", "false").trim());
        List<FieldColumn> columns = engine.query(new QueryRequest(
                r.getCollectionName(),
                ExprTemplates.bind(r.getExpr(), r.getExprTemplateValuesMap()),
                r.getOutputFieldsList(),
                r.getPartitionNamesList(),
                limit,
                offset,
                iterator,
                iterator ? r.getGuaranteeTimestamp() : 0));
        QueryResults.Builder b =
                QueryResults.newBuilder().setStatus(Statuses.SUCCESS).setCollectionName(r.getCollectionName());
        if (iterator) {
            b.setSessionTs(sessionTs()); // the snapshot an iterator pins; other answers stay as before
        }
        for (FieldColumn c : columns) {
            b.addFieldsData(FieldDataCodec.toFieldData(c));
        }
        b.addAllOutputFields(OutputNames.of(r.getOutputFieldsList(), columns));
        return b.build();
    }
}
