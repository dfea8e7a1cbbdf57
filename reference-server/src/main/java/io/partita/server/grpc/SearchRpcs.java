package io.partita.server.grpc;

import static io.partita.server.grpc.ServerRpc.unary;
import static io.partita.wire.MilvusServiceGrpc.getHybridSearchMethod;
import static io.partita.wire.MilvusServiceGrpc.getQueryMethod;
import static io.partita.wire.MilvusServiceGrpc.getSearchMethod;

import io.partita.server.engine.Engine;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.SearchResult;
import io.partita.wire.HighlightResult;
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

    /**
     * Milvus 2.6's search behaviours: primary keys in place of query vectors (2.6.9+), the
     * {@code highlighter} (2.6.8+; older servers ignore the field) and the storage cost in a
     * search's status ({@link #storageCost}).
     */
    private final boolean milvus26;

    SearchRpcs(Engine engine) {
        this(engine, false);
    }

    SearchRpcs(Engine engine, boolean milvus26) {
        this.engine = engine;
        this.milvus26 = milvus26;
    }

    /** The search and query RPCs' declarations. */
    List<ServerRpc<?, ?>> rpcs() {
        return List.of(
                unary(getSearchMethod(), this::search),
                unary(getHybridSearchMethod(), this::hybridSearch),
                unary(getQueryMethod(), this::query));
    }

    SearchResults search(io.partita.wire.SearchRequest r) {
        FieldColumn byKeys = milvus26 && r.hasIds()
                ? SearchByKeys.vectors(engine, r.getCollectionName(), SearchDecoder.annsField(r), r.getIds())
                : null;
        io.partita.server.model.SearchRequest req = SearchDecoder.toEngine(r, byKeys);
        CollectionSchema schema = milvus26 && r.hasHighlighter() ? schemaOrNull(r.getCollectionName()) : null;
        // The highlighted fields' texts are read from the hits: asked for beside the output fields
        // (as Milvus's proxy adds them to the plan's output field ids) and left out of the answer.
        List<String> extra = schema == null ? List.of() : missingColumns(r.getHighlighter(), schema, req);
        io.partita.server.model.SearchRequest engineReq = extra.isEmpty() ? req : withOutputs(req, extra);
        SearchResult res = r.hasFunctionScore() && r.getFunctionScore().getFunctionsCount() > 0
                ? FunctionScores.search(engine, engineReq, r.getFunctionScore())
                : engine.search(engineReq);
        List<HighlightResult> highlighted = List.of();
        if (schema != null) {
            // after the search, as Milvus checks the highlighter after the search's own params
            highlighted = Highlights.results(Highlights.plan(r.getHighlighter(), schema, req), res);
            res = without(res, extra);
        }
        boolean iterator = Boolean.parseBoolean(
                req.params().getOrDefault("iterator", "false").trim());
        SearchResults answer = answer(res, r.getCollectionName(), r.getOutputFieldsList(), iterator);
        if (highlighted.isEmpty()) {
            return answer;
        }
        SearchResults.Builder b = answer.toBuilder();
        b.getResultsBuilder().addAllHighlightResults(highlighted);
        return b.build();
    }

    /** The collection's schema; null when it cannot be read (the search then answers its own error). */
    private CollectionSchema schemaOrNull(String collectionName) {
        try {
            return engine.describeCollection(collectionName).schema();
        } catch (RuntimeException searchAnswersIt) {
            return null;
        }
    }

    /**
     * The highlighted fields the search would not return; none when the highlighter is refused
     * (the search's own errors come first, the highlighter's after it).
     */
    private static List<String> missingColumns(
            io.partita.wire.Highlighter h, CollectionSchema schema, io.partita.server.model.SearchRequest req) {
        List<String> fields;
        try {
            fields = Highlights.plan(h, schema, req).fields();
        } catch (RuntimeException answeredAfterTheSearch) {
            return List.of();
        }
        if (req.outputFields().stream().anyMatch(f -> f.trim().equals("*"))) {
            return List.of();
        }
        return fields.stream().filter(f -> !req.outputFields().contains(f)).toList();
    }

    /** The request with more output fields. */
    private static io.partita.server.model.SearchRequest withOutputs(
            io.partita.server.model.SearchRequest r, List<String> more) {
        List<String> outputs = new ArrayList<>(r.outputFields());
        outputs.addAll(more);
        return new io.partita.server.model.SearchRequest(
                r.collectionName(),
                r.partitionNames(),
                r.annsField(),
                r.vectors(),
                r.topK(),
                r.metricType(),
                r.params(),
                r.expr(),
                outputs,
                r.roundDecimal());
    }

    /** The hits without these columns. */
    private static SearchResult without(SearchResult r, List<String> names) {
        if (names.isEmpty()) {
            return r;
        }
        List<FieldColumn> kept =
                r.fields().stream().filter(c -> !names.contains(c.name())).toList();
        return new SearchResult(
                r.numQueries(), r.topK(), r.topks(), r.ids(), r.scores(), kept, r.groupByValues(), r.iterator());
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
                .setStatus(milvus26 && res.scannedBytes() > 0 ? storageCost(res.scannedBytes()) : Statuses.SUCCESS)
                .setResults(d)
                .setCollectionName(collectionName);
        if (iterator) {
            b.setSessionTs(sessionTs());
        }
        return b.build();
    }

    /**
     * A Milvus 2.6 search's storage cost in its status's {@code extra_info}, the keys the official
     * clients read (milvus-sdk-java 2.6 VectorService.fillSearchRespFromExtraInfo, pymilvus
     * SearchResult.extra): {@code scanned_total_bytes} the bytes scanned, {@code scanned_remote_bytes}
     * those fetched from remote storage (none here: every loaded segment is resident, Milvus's
     * tiered storage fetches cold cells on a miss) and {@code cache_hit_ratio} the share found
     * resident. {@code report_value} (the SDK's {@code cost}) is left out, as open-source Milvus
     * leaves it: its default hook reports 0 and {@code SetReportValue} (internal/proxy/util.go)
     * skips values ≤ 0. Served under milvus-2.6 only.
     */
    private static io.partita.wire.Status storageCost(long scannedBytes) {
        return Statuses.SUCCESS.toBuilder()
                .putExtraInfo("scanned_total_bytes", Long.toString(scannedBytes))
                .putExtraInfo("scanned_remote_bytes", "0")
                .putExtraInfo("cache_hit_ratio", "1")
                .build();
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
