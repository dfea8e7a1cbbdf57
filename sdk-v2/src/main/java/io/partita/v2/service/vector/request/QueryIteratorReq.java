package io.partita.v2.service.vector.request;

import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.internal.Checks;
import java.util.List;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * A query iterator ({@code MilvusClientV2.queryIterator}): the rows matching {@code expr} in
 * primary-key order, {@code batchSize} per {@code next()} call. Names and defaults are
 * milvus-sdk-java 2.6's {@code QueryIteratorReq}'s (batch size 1000, limit -1 for unlimited,
 * {@code reduceStopForBest} true).
 *
 * <p>Immutable: lists are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing
 * required field; a bad batch size, offset or limit is refused with the official texts when the
 * iterator is opened.
 */
@Getter
public final class QueryIteratorReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** Partitions to read; empty reads all loaded ones. */
    private final List<String> partitionNames;
    /** Fields each row carries; the primary key always. */
    private final List<String> outputFields;
    /** The filter; empty (the default) for every row. */
    private final String expr;
    /** The consistency of the first call (later pages read its snapshot); {@code null} uses the collection's. */
    private final ConsistencyLevel consistencyLevel;
    /** Rows skipped before the first page. Default 0. */
    private final long offset;
    /** The most rows returned in all; -1 (the default) for every row. */
    private final long limit;
    /** Accepted for compatibility. */
    private final boolean ignoreGrowing;
    /** Rows per {@code next()} call, 0 to 16384. Default 1000. */
    private final long batchSize;
    /** The {@code reduce_stop_for_best} query param of each page. Default true. */
    private final boolean reduceStopForBest;

    /** The time zone TIMESTAMPTZ values are written in (an IANA name such as {@code Asia/Shanghai}); empty for the server's. */
    private final String timezone;
    /** Values of the filter's {@code {name}} placeholders (Boolean, Integer/Long, Double, String or lists of one of them); empty for none. */
    private final Map<String, Object> filterTemplateValues;

    @Builder
    private QueryIteratorReq(
            String databaseName,
            String collectionName,
            List<String> partitionNames,
            List<String> outputFields,
            String expr,
            ConsistencyLevel consistencyLevel,
            long offset,
            Long limit,
            boolean ignoreGrowing,
            Long batchSize,
            Boolean reduceStopForBest,
            String timezone,
            Map<String, Object> filterTemplateValues) {
        Checks.notBlank(collectionName, "QueryIteratorReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionNames = Checks.copy(partitionNames);
        this.outputFields = Checks.copy(outputFields);
        this.expr = expr == null ? "" : expr;
        this.consistencyLevel = consistencyLevel;
        this.offset = offset;
        this.limit = limit == null ? -1L : limit;
        this.ignoreGrowing = ignoreGrowing;
        this.batchSize = batchSize == null ? 1000L : batchSize;
        this.reduceStopForBest = reduceStopForBest == null || reduceStopForBest;
        this.timezone = timezone == null ? "" : timezone;
        this.filterTemplateValues = Checks.copy(filterTemplateValues);
    }

    /** Builds a {@link QueryIteratorReq}; unset fields take the defaults documented on the getters. */
    public static class QueryIteratorReqBuilder {
        /**
         * @param limit the most rows returned in all; -1 for every row
         * @return this
         */
        public QueryIteratorReqBuilder limit(long limit) {
            this.limit = limit;
            return this;
        }

        /**
         * @param batchSize rows per {@code next()} call, 0 to 16384
         * @return this
         */
        public QueryIteratorReqBuilder batchSize(long batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /**
         * @param reduceStopForBest the {@code reduce_stop_for_best} query param
         * @return this
         */
        public QueryIteratorReqBuilder reduceStopForBest(boolean reduceStopForBest) {
            this.reduceStopForBest = reduceStopForBest;
            return this;
        }
    }

    @Override
    public String toString() {
        return "QueryIteratorReq{databaseName=" + databaseName
                + ", collectionName=" + collectionName
                + ", partitionNames=" + partitionNames
                + ", outputFields=" + outputFields
                + ", expr=" + expr
                + ", consistencyLevel=" + consistencyLevel
                + ", offset=" + offset
                + ", limit=" + limit
                + ", ignoreGrowing=" + ignoreGrowing
                + ", batchSize=" + batchSize
                + ", reduceStopForBest=" + reduceStopForBest + "}";
    }
}
