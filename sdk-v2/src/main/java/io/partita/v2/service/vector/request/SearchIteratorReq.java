package io.partita.v2.service.vector.request;

import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.common.IndexParam;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.vector.request.data.BaseVector;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * A search iterator ({@code MilvusClientV2.searchIterator}): the hits of one query vector, nearest
 * first, {@code batchSize} per {@code next()} call. Names and defaults are milvus-sdk-java 2.6's
 * {@code SearchIteratorReq}'s (metric L2, topK and limit -1 for unlimited, batch size 1000,
 * params {@code "{}"}, round decimal -1).
 *
 * <p>Immutable: lists are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing
 * required field; the rest is checked with the official texts when the iterator is opened.
 */
@Getter
public final class SearchIteratorReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** Partitions to search; empty searches all loaded ones. */
    private final List<String> partitionNames;
    /** The metric of the field's index. Default L2. */
    private final IndexParam.MetricType metricType;
    /** The vector field (required). */
    private final String vectorFieldName;
    /** The most hits in all (the official's older name of {@code limit}); -1 for unlimited. */
    private final int topK;
    /** The most hits in all; -1 (the default) for unlimited; wins over {@code topK} when set. */
    private final long limit;
    /** The filter; empty (the default) for none. */
    private final String expr;
    /** Fields each hit carries. */
    private final List<String> outputFields;
    /** The one query vector, in a list (required). */
    private final List<BaseVector> vectors;
    /** Decimal places of the scores; -1 (the default) for all. */
    private final int roundDecimal;
    /** The index search parameters, JSON. Default {@code "{}"}. */
    private final String params;
    /** The consistency of the first call; {@code null} uses the collection's. */
    private final ConsistencyLevel consistencyLevel;
    /** Accepted for compatibility. */
    private final boolean ignoreGrowing;
    /** Hits per {@code next()} call, 0 to 16384. Default 1000. */
    private final long batchSize;

    /**
     * The scalar field to group the hits by; empty for none. Sent on every page, as the official
     * iterator sends it: Milvus refuses it ({@code Not allowed to do groupBy when doing iteration}).
     */
    private final String groupByFieldName;

    @Builder
    private SearchIteratorReq(
            String databaseName,
            String collectionName,
            List<String> partitionNames,
            IndexParam.MetricType metricType,
            String vectorFieldName,
            Integer topK,
            Long limit,
            String expr,
            List<String> outputFields,
            List<BaseVector> vectors,
            Integer roundDecimal,
            String params,
            ConsistencyLevel consistencyLevel,
            boolean ignoreGrowing,
            Long batchSize,
            String groupByFieldName) {
        Checks.notBlank(collectionName, "SearchIteratorReq.collectionName");
        Checks.notEmpty(vectors, "SearchIteratorReq.vectors");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionNames = Checks.copy(partitionNames);
        this.metricType = metricType == null ? IndexParam.MetricType.L2 : metricType;
        this.vectorFieldName = vectorFieldName == null ? "" : vectorFieldName;
        this.topK = topK == null ? -1 : topK;
        this.limit = limit == null ? -1L : limit;
        this.expr = expr == null ? "" : expr;
        this.outputFields = Checks.copy(outputFields);
        this.vectors = Checks.copy(vectors);
        this.roundDecimal = roundDecimal == null ? -1 : roundDecimal;
        this.params = params == null ? "{}" : params;
        this.consistencyLevel = consistencyLevel;
        this.ignoreGrowing = ignoreGrowing;
        this.batchSize = batchSize == null ? 1000L : batchSize;
        this.groupByFieldName = groupByFieldName == null ? "" : groupByFieldName;
    }

    /** Builds a {@link SearchIteratorReq}; unset fields take the defaults documented on the getters. */
    public static class SearchIteratorReqBuilder {
        /**
         * @param topK the most hits in all; -1 for unlimited
         * @return this
         */
        public SearchIteratorReqBuilder topK(int topK) {
            this.topK = topK;
            return this;
        }

        /**
         * @param limit the most hits in all; -1 for unlimited
         * @return this
         */
        public SearchIteratorReqBuilder limit(long limit) {
            this.limit = limit;
            return this;
        }

        /**
         * @param roundDecimal decimal places of the scores; -1 for all
         * @return this
         */
        public SearchIteratorReqBuilder roundDecimal(int roundDecimal) {
            this.roundDecimal = roundDecimal;
            return this;
        }

        /**
         * @param batchSize hits per {@code next()} call, 0 to 16384
         * @return this
         */
        public SearchIteratorReqBuilder batchSize(long batchSize) {
            this.batchSize = batchSize;
            return this;
        }
    }

    @Override
    public String toString() {
        return "SearchIteratorReq{databaseName=" + databaseName
                + ", collectionName=" + collectionName
                + ", partitionNames=" + partitionNames
                + ", metricType=" + metricType
                + ", vectorFieldName=" + vectorFieldName
                + ", topK=" + topK
                + ", limit=" + limit
                + ", expr=" + expr
                + ", outputFields=" + outputFields
                + ", vectors=" + vectors.size()
                + ", roundDecimal=" + roundDecimal
                + ", params=" + params
                + ", consistencyLevel=" + consistencyLevel
                + ", batchSize=" + batchSize + "}";
    }
}
