package io.partita.v2.client;

import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.model.CollectionSchema;
import io.partita.model.FieldSchema;
import io.partita.orm.iterator.QueryIterator;
import io.partita.orm.iterator.SearchIterator;
import io.partita.param.dml.QueryIteratorParam;
import io.partita.param.dml.SearchIteratorParam;
import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.vector.request.QueryIteratorReq;
import io.partita.v2.service.vector.request.SearchIteratorReq;
import io.partita.v2.service.vector.request.data.BaseVector;
import java.util.ArrayList;
import java.util.List;

/**
 * The V2 client's iterators: each request becomes sdk-core's iterator param (so the rules and the
 * official texts live once, there) and opens sdk-core's one iterator implementation, whose pages
 * go through the V1 client and fail with {@code MilvusClientException}.
 */
final class IteratorOps {
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
                .build());
        return new SearchIterator(p, primaryKey(schema, r.getCollectionName()), q -> Failures.orThrow(s.v1.search(q)));
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
