package io.partita.v2.client;

import com.google.gson.Gson;
import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.model.CollectionSchema;
import io.partita.model.FieldSchema;
import io.partita.model.IDs;
import io.partita.model.MutationResult;
import io.partita.model.QueryResults;
import io.partita.model.SearchResults;
import io.partita.param.MetricType;
import io.partita.param.dml.DeleteParam;
import io.partita.param.dml.FunctionScoreParam;
import io.partita.param.dml.HighlighterParam;
import io.partita.param.dml.HybridSearchParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.dml.UpsertParam;
import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.vector.request.AnnSearchReq;
import io.partita.v2.service.vector.request.DeleteReq;
import io.partita.v2.service.vector.request.FunctionScore;
import io.partita.v2.service.vector.request.GetReq;
import io.partita.v2.service.vector.request.HybridSearchReq;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.QueryReq;
import io.partita.v2.service.vector.request.SearchReq;
import io.partita.v2.service.vector.request.UpsertReq;
import io.partita.v2.service.vector.request.data.BFloat16Vec;
import io.partita.v2.service.vector.request.data.BaseVector;
import io.partita.v2.service.vector.request.data.Float16Vec;
import io.partita.v2.service.vector.request.data.Int8Vec;
import io.partita.v2.service.vector.request.data.SparseFloatVec;
import io.partita.v2.service.vector.request.ranker.RRFRanker;
import io.partita.v2.service.vector.request.ranker.WeightedRanker;
import io.partita.v2.service.vector.response.DeleteResp;
import io.partita.v2.service.vector.response.GetResp;
import io.partita.v2.service.vector.response.InsertResp;
import io.partita.v2.service.vector.response.QueryResp;
import io.partita.v2.service.vector.response.SearchResp;
import io.partita.v2.service.vector.response.UpsertResp;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * The data calls of {@link MilvusClientV2}. Rows, ids and answers are converted here; the calls
 * themselves are sdk-core's. What the V2 API leaves to the server but sdk-core's Params require
 * (the vector field and metric of a search, the primary key behind {@code ids}) is read from the
 * collection's description first.
 */
final class VectorOps {
    private static final Gson GSON = new Gson();

    private VectorOps() {}

    static InsertResp insert(Session s, InsertReq r) {
        s.checkDatabase(r.getDatabaseName());
        CollectionSchema schema =
                CollectionOps.describeRaw(s, r.getCollectionName()).getSchema();
        List<InsertParam.Field> columns = Rows.toColumns(r.getData(), schema);
        MutationResult m = Failures.orThrow(s.v1.insert(Failures.params(() -> InsertParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withPartitionName(r.getPartitionName())
                .withFields(columns)
                .build())));
        return InsertResp.builder()
                .InsertCnt(m.getInsertCnt())
                .primaryKeys(ids(m.getIDs()))
                .build();
    }

    /** As {@link #insert}: the rows become sdk-core columns, sent by sdk-core's upsert. */
    static UpsertResp upsert(Session s, UpsertReq r) {
        s.checkDatabase(r.getDatabaseName());
        CollectionSchema schema =
                CollectionOps.describeRaw(s, r.getCollectionName()).getSchema();
        boolean partial = r.isPartialUpdate();
        if (r.getFieldOps() != null) {
            for (UpsertReq.FieldPartialUpdateOp op : r.getFieldOps()) {
                if (op.getOpType() != UpsertReq.FieldPartialUpdateOp.OpType.REPLACE) {
                    // a non-REPLACE op implies a partial update (milvus.proto UpsertRequest.field_ops);
                    // the reference server applies none, so it is refused before sending
                    throw Checks.invalid("UpsertReq.fieldOps: " + op.getOpType() + " of field '" + op.getFieldName()
                            + "' is not supported; only REPLACE");
                }
            }
        }
        List<InsertParam.Field> columns = Rows.toColumns(r.getData(), schema, true, partial);
        MutationResult m = Failures.orThrow(s.v1.upsert(Failures.params(() -> UpsertParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withPartitionName(r.getPartitionName())
                .withFields(columns)
                .withPartialUpdate(partial)
                .build())));
        return UpsertResp.builder()
                .upsertCnt(m.getUpsertCnt())
                .primaryKeys(ids(m.getIDs()))
                .build();
    }

    /**
     * A search's rerank functions: the function score's, else the one {@code ranker} (the official
     * client sends a ranker as a function score of that one function); {@code null} for none.
     */
    private static FunctionScoreParam functionScore(CreateCollectionReq.Function ranker, FunctionScore fs) {
        List<CreateCollectionReq.Function> functions =
                fs != null ? fs.getFunctions() : ranker != null ? List.of(ranker) : List.of();
        if (functions.isEmpty()) {
            return null;
        }
        FunctionScoreParam.Builder b = FunctionScoreParam.newBuilder();
        Schemas.toFunctions(functions).forEach(b::addFunction);
        return b.withParams(fs == null ? null : fs.getParams()).build();
    }

    static DeleteResp delete(Session s, DeleteReq r) {
        s.checkDatabase(r.getDatabaseName());
        String expr = filterOrIds(s, r.getCollectionName(), r.getFilter(), r.getIds(), "DeleteReq");
        MutationResult m = Failures.orThrow(s.v1.delete(Failures.params(() -> DeleteParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withPartitionName(r.getPartitionName())
                .withExpr(expr)
                .withExprTemplateValues(r.getFilterTemplateValues())
                .build())));
        return DeleteResp.builder().deleteCnt(m.getDeleteCnt()).build();
    }

    static GetResp get(Session s, GetReq r) {
        s.checkDatabase(r.getDatabaseName());
        String expr = filterOrIds(s, r.getCollectionName(), null, r.getIds(), "GetReq");
        List<String> partitions = r.getPartitionName().isEmpty() ? List.of() : List.of(r.getPartitionName());
        QueryResults q = query(s, r.getCollectionName(), partitions, r.getOutputFields(), expr, null, 0, 0, null);
        return GetResp.builder()
                .getResults(Entities.rows(q.getFieldsDataList()))
                .build();
    }

    static QueryResp query(Session s, QueryReq r) {
        s.checkDatabase(r.getDatabaseName());
        String expr = filterOrIds(s, r.getCollectionName(), r.getFilter(), r.getIds(), "QueryReq");
        QueryResults q = query(
                s,
                r.getCollectionName(),
                r.getPartitionNames(),
                r.getOutputFields(),
                expr,
                r.getConsistencyLevel(),
                r.getOffset(),
                r.getLimit(),
                r);
        return QueryResp.builder()
                .queryResults(Entities.rows(q.getFieldsDataList()))
                .build();
    }

    private static QueryResults query(
            Session s,
            String collection,
            List<String> partitions,
            List<String> outputFields,
            String expr,
            ConsistencyLevel level,
            long offset,
            long limit,
            QueryReq more) {
        return Failures.orThrow(s.v1.query(Failures.params(() -> QueryParam.newBuilder()
                .withCollectionName(collection)
                .withPartitionNames(partitions)
                .withOutFields(outputFields)
                .withExpr(expr)
                .withConsistencyLevel(level == null ? null : ConsistencyLevelEnum.valueOf(level.name()))
                .withOffset(offset)
                .withLimit(limit)
                // milvus-sdk-java 2.6 ConvertToGrpcQueryRequest sends the template values only with a filter
                .withExprTemplateValues(
                        more == null
                                        || more.getFilter() == null
                                        || more.getFilter().isEmpty()
                                ? null
                                : more.getFilterTemplateValues())
                .withQueryParams(more == null ? null : more.getQueryParams())
                .withTimezone(more == null ? null : more.getTimezone())
                .build())));
    }

    static SearchResp search(Session s, SearchReq r) {
        s.checkDatabase(r.getDatabaseName());
        if (r.getLimit() <= 0) {
            throw Checks.invalid("SearchReq.limit (or topK) must be positive, got " + r.getLimit());
        }
        // The schema is read only when the request leaves the vector field open: a search naming
        // annsField and metricType is one round trip, as with the official client.
        CollectionSchema schema = r.getAnnsField().isEmpty()
                ? CollectionOps.describeRaw(s, r.getCollectionName()).getSchema()
                : null;
        String field = schema != null ? onlyVectorField(schema) : r.getAnnsField();
        MetricType metric = r.getMetricType() == null
                ? IndexOps.metricOf(s, r.getCollectionName(), field)
                : IndexOps.v1Metric(r.getMetricType());
        SearchResults results = Failures.orThrow(s.v1.search(Failures.params(() -> target(r)
                .withCollectionName(r.getCollectionName())
                .withPartitionNames(r.getPartitionNames())
                .withVectorFieldName(field)
                .withMetricType(metric)
                .withTopK((int) r.getLimit())
                .withExpr(r.getFilter() == null ? "" : r.getFilter())
                .withOutFields(r.getOutputFields())
                .withRoundDecimal(r.getRoundDecimal())
                .withParams(GSON.toJson(r.getSearchParams()))
                .withGroupByFieldName(r.getGroupByFieldName() == null ? "" : r.getGroupByFieldName())
                .withGroupSize(r.getGroupSize())
                .withStrictGroupSize(r.getStrictGroupSize())
                .withFunctionScore(functionScore(r.getRanker(), r.getFunctionScore()))
                .withExprTemplateValues(r.getFilterTemplateValues())
                .withTimezone(r.getTimezone())
                .withHighlighter(
                        r.getHighlighter() == null
                                ? null
                                : HighlighterParam.of(
                                        r.getHighlighter().highlightType(),
                                        r.getHighlighter().getParams()))
                .withConsistencyLevel(
                        r.getConsistencyLevel() == null
                                ? null
                                : ConsistencyLevelEnum.valueOf(
                                        r.getConsistencyLevel().name()))
                .build())));
        // The primary key's name labels the hits: Milvus 2.3+ sends it with the results; older
        // servers do not, and then it is read from the schema.
        String primary = results.getResults().getPrimaryFieldName();
        if (primary.isEmpty()) {
            CollectionSchema known = schema != null
                    ? schema
                    : CollectionOps.describeRaw(s, r.getCollectionName()).getSchema();
            primary = Schemas.primary(known).getName();
        }
        return storageCost(SearchResp.builder(), results.getStatus())
                .searchResults(Entities.hits(results.getResults(), primary))
                .build();
    }

    /**
     * The cost figures of a search's status ({@code extra_info}), read as milvus-sdk-java 2.6's
     * VectorService.fillSearchRespFromExtraInfo reads them; absent keys stay {@code null}.
     */
    private static SearchResp.SearchRespBuilder storageCost(SearchResp.SearchRespBuilder b, io.partita.model.Status s) {
        java.util.Map<String, String> extra = s.getExtraInfoMap();
        try {
            if (extra.containsKey("report_value")) {
                b.cost(Long.parseLong(extra.get("report_value")));
            }
            if (extra.containsKey("scanned_remote_bytes")) {
                b.scannedRemoteBytes(Long.parseLong(extra.get("scanned_remote_bytes")));
            }
            if (extra.containsKey("scanned_total_bytes")) {
                b.scannedTotalBytes(Long.parseLong(extra.get("scanned_total_bytes")));
            }
            if (extra.containsKey("cache_hit_ratio")) {
                b.cacheHitRatio(Float.parseFloat(extra.get("cache_hit_ratio")));
            }
        } catch (NumberFormatException e) {
            throw new io.partita.v2.exception.MilvusClientException(
                    io.partita.v2.exception.ErrorCode.CLIENT_ERROR, "illegal search cost in the answer: " + extra);
        }
        return b;
    }

    /** A search's target: the query vectors, or the primary keys searched by (SearchRequest.ids). */
    private static SearchParam.Builder target(SearchReq r) {
        SearchParam.Builder b = SearchParam.newBuilder();
        return r.getIds().isEmpty() ? withVectors(b, r.getData()) : b.withIds(r.getIds());
    }

    /**
     * Each {@link AnnSearchReq} becomes a v1 {@link SearchParam} (its metric read from the field's
     * index when not given), fused by the ranker in one {@code HybridSearch} call.
     */
    static SearchResp hybridSearch(Session s, HybridSearchReq r) {
        s.checkDatabase(r.getDatabaseName());
        if (r.getLimit() <= 0) {
            throw Checks.invalid("HybridSearchReq.limit (or topK) must be positive, got " + r.getLimit());
        }
        CollectionSchema schema =
                CollectionOps.describeRaw(s, r.getCollectionName()).getSchema();
        ConsistencyLevelEnum level = r.getConsistencyLevel() == null
                ? null
                : ConsistencyLevelEnum.valueOf(r.getConsistencyLevel().name());
        SearchResults results = Failures.orThrow(s.v1.hybridSearch(Failures.params(() -> {
            HybridSearchParam.Builder b = HybridSearchParam.newBuilder()
                    .withCollectionName(r.getCollectionName())
                    .withPartitionNames(r.getPartitionNames())
                    .withTopK((int) r.getLimit())
                    .withOutFields(r.getOutFields())
                    .withRoundDecimal(r.getRoundDecimal())
                    .withConsistencyLevel(level);
            for (AnnSearchReq a : r.getSearchRequests()) {
                MetricType metric = a.getMetricType() == null
                        ? IndexOps.metricOf(s, r.getCollectionName(), a.getVectorFieldName())
                        : IndexOps.v1Metric(a.getMetricType());
                b.addSearchRequest(withVectors(SearchParam.newBuilder(), a.getVectors())
                        .withCollectionName(r.getCollectionName())
                        .withPartitionNames(r.getPartitionNames())
                        .withVectorFieldName(a.getVectorFieldName())
                        .withMetricType(metric)
                        .withTopK((int) a.getLimit())
                        .withExpr(a.getFilter() == null ? "" : a.getFilter())
                        .withParams(a.getParams() == null || a.getParams().isBlank() ? "{}" : a.getParams())
                        .withExprTemplateValues(a.getFilterTemplateValues())
                        .withTimezone(a.getTimezone())
                        .withConsistencyLevel(level)
                        .build());
            }
            b.withOffset(r.getOffset());
            if (r.getGroupByFieldName() != null) {
                b.withGroupByFieldName(r.getGroupByFieldName())
                        .withGroupSize(r.getGroupSize())
                        .withStrictGroupSize(r.getStrictGroupSize());
            }
            // milvus-sdk-java 2.6 v2/utils/VectorUtils ConvertToGrpcHybridSearchRequest: an RRF or
            // weighted ranker goes into the rank params, any other ranker is a function score of one
            if (r.getRanker() instanceof RRFRanker) {
                b.withRRFRanker(((RRFRanker) r.getRanker()).getK());
            } else if (r.getRanker() instanceof WeightedRanker) {
                b.withWeightedRanker(((WeightedRanker) r.getRanker()).getWeights());
            } else {
                b.withFunctionScore(functionScore(r.getRanker(), r.getFunctionScore()));
            }
            return b.build();
        })));
        return storageCost(SearchResp.builder(), results.getStatus())
                .searchResults(Entities.hits(
                        results.getResults(), Schemas.primary(schema).getName()))
                .build();
    }

    /**
     * Sets the query values by their kind, as the official client does (its SearchReq conversion
     * picks the Param's typed setter from the first value's placeholder type and refuses mixed
     * kinds with the text below, read in milvus-sdk-java 2.6's V2 search conversion).
     */
    @SuppressWarnings("unchecked")
    static SearchParam.Builder withVectors(SearchParam.Builder b, List<BaseVector> data) {
        Class<?> kind = data.get(0).getClass();
        List<Object> values = new ArrayList<>(data.size());
        for (BaseVector v : data) {
            if (v.getClass() != kind) {
                throw Checks.invalid("Different types of target vectors in a search request is not allowed.");
            }
            values.add(v.getData());
        }
        List<?> raw = values;
        if (kind == Float16Vec.class) {
            return b.withFloat16Vectors((List<ByteBuffer>) raw);
        } else if (kind == BFloat16Vec.class) {
            return b.withBFloat16Vectors((List<ByteBuffer>) raw);
        } else if (kind == Int8Vec.class) {
            return b.withInt8Vectors((List<ByteBuffer>) raw);
        } else if (kind == SparseFloatVec.class) {
            return b.withSparseFloatVectors((List<SortedMap<Long, Float>>) raw);
        } else if (kind == io.partita.v2.service.vector.request.data.EmbeddingList.class) {
            return b.withFloatEmbeddingLists((List<List<Float>>) raw);
        }
        return b.withVectors(values); // float, binary and text are told apart by their Java type
    }

    static String onlyVectorField(CollectionSchema schema) {
        List<String> vectors = new ArrayList<>();
        for (FieldSchema f : schema.getFieldsList()) {
            if (io.partita.param.collection.FieldType.isVectorType(f.getDataType())) {
                vectors.add(f.getName());
            }
        }
        if (vectors.size() != 1) {
            throw Checks.invalid("SearchReq.annsField must name the vector field to search: collection "
                    + schema.getName() + " has " + vectors);
        }
        return vectors.get(0);
    }

    /** @return the filter, or {@code pk in [..]} built from the ids; exactly one must be given */
    private static String filterOrIds(Session s, String collection, String filter, List<Object> ids, String req) {
        boolean hasFilter = filter != null && !filter.isBlank();
        boolean hasIds = ids != null && !ids.isEmpty();
        if (hasFilter && hasIds) {
            throw Checks.invalid(req + ": give filter or ids, not both");
        }
        if (hasFilter) {
            return filter;
        }
        if (!hasIds) {
            throw Checks.invalid(req + ": give a filter or ids");
        }
        FieldSchema primary =
                Schemas.primary(CollectionOps.describeRaw(s, collection).getSchema());
        return Entities.idFilter(primary, ids);
    }

    private static List<Object> ids(IDs ids) {
        List<Object> out = new ArrayList<>();
        if (ids == null) {
            return out;
        }
        if (ids.hasStrId()) {
            out.addAll(ids.getStrId().getDataList());
        } else if (ids.hasIntId()) {
            out.addAll(ids.getIntId().getDataList());
        }
        return out;
    }
}
