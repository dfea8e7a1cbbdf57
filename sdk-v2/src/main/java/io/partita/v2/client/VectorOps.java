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
import io.partita.param.dml.HybridSearchParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.dml.UpsertParam;
import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.vector.request.AnnSearchReq;
import io.partita.v2.service.vector.request.DeleteReq;
import io.partita.v2.service.vector.request.GetReq;
import io.partita.v2.service.vector.request.HybridSearchReq;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.QueryReq;
import io.partita.v2.service.vector.request.SearchReq;
import io.partita.v2.service.vector.request.UpsertReq;
import io.partita.v2.service.vector.request.data.BaseVector;
import io.partita.v2.service.vector.request.ranker.RRFRanker;
import io.partita.v2.service.vector.request.ranker.WeightedRanker;
import io.partita.v2.service.vector.response.DeleteResp;
import io.partita.v2.service.vector.response.GetResp;
import io.partita.v2.service.vector.response.InsertResp;
import io.partita.v2.service.vector.response.QueryResp;
import io.partita.v2.service.vector.response.SearchResp;
import io.partita.v2.service.vector.response.UpsertResp;
import java.util.ArrayList;
import java.util.List;

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
        List<InsertParam.Field> columns = Rows.toColumns(r.getData(), schema, true);
        MutationResult m = Failures.orThrow(s.v1.upsert(Failures.params(() -> UpsertParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withPartitionName(r.getPartitionName())
                .withFields(columns)
                .build())));
        return UpsertResp.builder()
                .upsertCnt(m.getUpsertCnt())
                .primaryKeys(ids(m.getIDs()))
                .build();
    }

    static DeleteResp delete(Session s, DeleteReq r) {
        s.checkDatabase(r.getDatabaseName());
        String expr = filterOrIds(s, r.getCollectionName(), r.getFilter(), r.getIds(), "DeleteReq");
        MutationResult m = Failures.orThrow(s.v1.delete(Failures.params(() -> DeleteParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withPartitionName(r.getPartitionName())
                .withExpr(expr)
                .build())));
        return DeleteResp.builder().deleteCnt(m.getDeleteCnt()).build();
    }

    static GetResp get(Session s, GetReq r) {
        s.checkDatabase(r.getDatabaseName());
        String expr = filterOrIds(s, r.getCollectionName(), null, r.getIds(), "GetReq");
        List<String> partitions = r.getPartitionName().isEmpty() ? List.of() : List.of(r.getPartitionName());
        QueryResults q = query(s, r.getCollectionName(), partitions, r.getOutputFields(), expr, null, 0, 0);
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
                r.getLimit());
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
            long limit) {
        return Failures.orThrow(s.v1.query(Failures.params(() -> QueryParam.newBuilder()
                .withCollectionName(collection)
                .withPartitionNames(partitions)
                .withOutFields(outputFields)
                .withExpr(expr)
                .withConsistencyLevel(level == null ? null : ConsistencyLevelEnum.valueOf(level.name()))
                .withOffset(offset)
                .withLimit(limit)
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
        List<Object> vectors = new ArrayList<>(r.getData().size());
        for (BaseVector v : r.getData()) {
            vectors.add(v.getData());
        }
        SearchResults results = Failures.orThrow(s.v1.search(Failures.params(() -> SearchParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withPartitionNames(r.getPartitionNames())
                .withVectorFieldName(field)
                .withMetricType(metric)
                .withTopK((int) r.getLimit())
                .withExpr(r.getFilter() == null ? "" : r.getFilter())
                .withOutFields(r.getOutputFields())
                .withVectors(vectors)
                .withRoundDecimal(r.getRoundDecimal())
                .withParams(GSON.toJson(r.getSearchParams()))
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
        return SearchResp.builder()
                .searchResults(Entities.hits(results.getResults(), primary))
                .build();
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
                List<Object> vectors = new ArrayList<>(a.getVectors().size());
                for (BaseVector v : a.getVectors()) {
                    vectors.add(v.getData());
                }
                MetricType metric = a.getMetricType() == null
                        ? IndexOps.metricOf(s, r.getCollectionName(), a.getVectorFieldName())
                        : IndexOps.v1Metric(a.getMetricType());
                b.addSearchRequest(SearchParam.newBuilder()
                        .withCollectionName(r.getCollectionName())
                        .withPartitionNames(r.getPartitionNames())
                        .withVectorFieldName(a.getVectorFieldName())
                        .withMetricType(metric)
                        .withTopK((int) a.getLimit())
                        .withExpr(a.getFilter() == null ? "" : a.getFilter())
                        .withVectors(vectors)
                        .withParams(a.getParams() == null || a.getParams().isBlank() ? "{}" : a.getParams())
                        .withConsistencyLevel(level)
                        .build());
            }
            if (r.getRanker() instanceof RRFRanker) {
                b.withRRFRanker(((RRFRanker) r.getRanker()).getK());
            } else if (r.getRanker() instanceof WeightedRanker) {
                b.withWeightedRanker(((WeightedRanker) r.getRanker()).getWeights());
            }
            return b.build();
        })));
        return SearchResp.builder()
                .searchResults(Entities.hits(
                        results.getResults(), Schemas.primary(schema).getName()))
                .build();
    }

    static String onlyVectorField(CollectionSchema schema) {
        List<String> vectors = new ArrayList<>();
        for (FieldSchema f : schema.getFieldsList()) {
            if (f.getDataType() == io.partita.model.DataType.FloatVector
                    || f.getDataType() == io.partita.model.DataType.BinaryVector) {
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
