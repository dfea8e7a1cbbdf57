package io.partita.v2.client;

import com.google.gson.Gson;
import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.model.CollectionSchema;
import io.partita.model.FieldSchema;
import io.partita.model.SearchResults;
import io.partita.orm.iterator.QueryIterator;
import io.partita.orm.iterator.SearchIterator;
import io.partita.orm.iterator.SearchIteratorV2;
import io.partita.param.MetricType;
import io.partita.param.dml.QueryIteratorParam;
import io.partita.param.dml.SearchIteratorParam;
import io.partita.param.dml.SearchIteratorV2Page;
import io.partita.param.dml.SearchParam;
import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.common.IndexParam;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.vector.request.QueryIteratorReq;
import io.partita.v2.service.vector.request.SearchIteratorReq;
import io.partita.v2.service.vector.request.SearchIteratorReqV2;
import io.partita.v2.service.vector.request.data.BaseVector;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The V2 client's iterators: each request becomes sdk-core's iterator param (so the rules and the
 * official texts live once, there) and opens sdk-core's one iterator implementation, whose pages
 * go through the V1 client and fail with {@code MilvusClientException}.
 */
final class IteratorOps {
    private static final Gson GSON = new Gson();

    private IteratorOps() {}

    static QueryIterator queryIterator(Session s, QueryIteratorReq r) {
        s.checkDatabase(r.getDatabaseName());
        QueryIteratorParam p = Failures.params(() -> QueryIteratorParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withPartitionNames(r.getPartitionNames())
                .withOutFields(r.getOutputFields())
                .withExpr(r.getExpr())
                .withConsistencyLevel(v1(r.getConsistencyLevel()))
                .withOffset(r.getOffset())
                .withLimit(r.getLimit())
                .withBatchSize(r.getBatchSize())
                .withIgnoreGrowing(r.isIgnoreGrowing())
                .withReduceStopForBest(r.isReduceStopForBest())
                .withExprTemplateValues(r.getFilterTemplateValues())
                .withTimezone(r.getTimezone())
                .build());
        CollectionSchema schema =
                CollectionOps.describeRaw(s, r.getCollectionName()).getSchema();
        return new QueryIterator(p, primaryKey(schema, r.getCollectionName()), q -> Failures.orThrow(s.v1.query(q)));
    }

    static SearchIterator searchIterator(Session s, SearchIteratorReq r) {
        s.checkDatabase(r.getDatabaseName());
        CollectionSchema schema =
                CollectionOps.describeRaw(s, r.getCollectionName()).getSchema();
        String field = r.getVectorFieldName().isEmpty() ? VectorOps.onlyVectorField(schema) : r.getVectorFieldName();
        List<Object> vectors = new ArrayList<>(r.getVectors().size());
        for (BaseVector v : r.getVectors()) {
            vectors.add(v.getData());
        }
        // limit wins over topK when set, as in the official SearchIteratorReq
        long limit = r.getLimit() != -1L ? r.getLimit() : r.getTopK();
        SearchIteratorParam p = Failures.params(() -> SearchIteratorParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withPartitionNames(r.getPartitionNames())
                .withMetricType(IndexOps.v1Metric(r.getMetricType()))
                .withVectorFieldName(field)
                .withLimit(limit)
                .withExpr(r.getExpr())
                .withOutFields(r.getOutputFields())
                .withVectors(vectors)
                .withRoundDecimal(r.getRoundDecimal())
                .withParams(r.getParams())
                .withConsistencyLevel(v1(r.getConsistencyLevel()))
                .withIgnoreGrowing(r.isIgnoreGrowing())
                .withBatchSize(r.getBatchSize())
                .withGroupByFieldName(r.getGroupByFieldName())
                .build());
        return new SearchIterator(p, primaryKey(schema, r.getCollectionName()), q -> Failures.orThrow(s.v1.search(q)));
    }

    /**
     * Opens a search iterator v2: the request's fixed parts become a base {@link SearchParam}
     * (metric read from the field's index when {@code INVALID}, the search params as its JSON
     * {@code params}); each call adds its page settings, its batch size as top-K and its
     * guarantee timestamp, and goes through the V1 client.
     */
    static SearchIteratorV2 searchIteratorV2(Session s, SearchIteratorReqV2 r) {
        s.checkDatabase(r.getDatabaseName());
        CollectionSchema schema =
                CollectionOps.describeRaw(s, r.getCollectionName()).getSchema();
        String field = r.getVectorFieldName().isEmpty() ? VectorOps.onlyVectorField(schema) : r.getVectorFieldName();
        String primary = primaryKey(schema, r.getCollectionName()).getName();
        BiFunction<SearchIteratorV2Page, Long, SearchResults> pages = (page, ts) -> {
            MetricType metric = r.getMetricType() == IndexParam.MetricType.INVALID
                    ? IndexOps.metricOf(s, r.getCollectionName(), field)
                    : IndexOps.v1Metric(r.getMetricType());
            SearchParam p = Failures.params(() -> VectorOps.withVectors(SearchParam.newBuilder(), r.getVectors())
                    .withCollectionName(r.getCollectionName())
                    .withPartitionNames(r.getPartitionNames())
                    .withVectorFieldName(field)
                    .withMetricType(metric)
                    .withTopK(Math.max(1, page.getBatchSize())) // the server checks search_iter_batch_size
                    .withExpr(r.getFilter())
                    .withOutFields(r.getOutputFields())
                    .withRoundDecimal(r.getRoundDecimal())
                    .withParams(GSON.toJson(r.getSearchParams()))
                    .withConsistencyLevel(v1(r.getConsistencyLevel()))
                    .withExprTemplateValues(r.getFilterTemplateValues())
                    .withTimezone(r.getTimezone())
                    .withIteratorV2(page)
                    .withGroupByFieldName(r.getGroupByFieldName())
                    .withGuaranteeTimestamp(ts)
                    .build());
            return Failures.orThrow(s.v1.search(p));
        };
        return new SearchIteratorV2(r, pages, d -> {
            if (d == null) {
                return List.of();
            }
            List<List<SearchResp.SearchResult>> perQuery =
                    Entities.hits(d, d.getPrimaryFieldName().isEmpty() ? primary : d.getPrimaryFieldName());
            return perQuery.isEmpty() ? List.of() : perQuery.get(0);
        });
    }

    private static ConsistencyLevelEnum v1(ConsistencyLevel level) {
        return level == null ? null : ConsistencyLevelEnum.valueOf(level.name());
    }

    private static FieldSchema primaryKey(CollectionSchema schema, String collection) {
        for (FieldSchema f : schema.getFieldsList()) {
            if (f.getIsPrimaryKey()) {
                return f;
            }
        }
        throw Checks.invalid("collection " + collection + " has no primary key");
    }
}
