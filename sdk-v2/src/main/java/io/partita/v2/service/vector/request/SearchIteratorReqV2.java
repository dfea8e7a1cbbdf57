package io.partita.v2.service.vector.request;

import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.common.IndexParam;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.vector.request.data.BaseVector;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lombok.Builder;
import lombok.Getter;

/**
 * A search iterator v2 ({@code MilvusClientV2.searchIteratorV2}): the hits of one query vector,
 * nearest first, paged by the server. Names and defaults are milvus-sdk-java 2.6's
 * {@code SearchIteratorReqV2}'s (metric {@code INVALID}: the index's, topK and limit -1 for
 * unlimited, filter empty, batch size 1000, round decimal -1, no search params, no external filter).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) when the collection
 * is missing; the rest is checked with the official texts when the iterator is opened.
 */
@Getter
public final class SearchIteratorReqV2 {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** Partitions to search; empty searches all loaded ones. */
    private final List<String> partitionNames;
    /** The metric; {@code INVALID} (the default) uses the field index's. */
    private final IndexParam.MetricType metricType;
    /** The vector field; empty when the collection has only one. */
    private final String vectorFieldName;
    /**
     * The most hits in all (the official's older name of {@code limit}; setting either sets both);
     * -1 for unlimited.
     */
    private final int topK;
    /** The most hits in all; -1 (the default) for unlimited. */
    private final long limit;
    /** The filter; empty (the default) for none. */
    private final String filter;
    /** Fields each hit carries. */
    private final List<String> outputFields;
    /** The one query vector, in a list. */
    private final List<BaseVector> vectors;
    /** Decimal places of the scores; -1 (the default) for all. */
    private final int roundDecimal;
    /** The index search parameters (such as {@code nprobe}); an {@code offset} is refused. */
    private final Map<String, Object> searchParams;
    /** The consistency; {@code null} uses the collection's. */
    private final ConsistencyLevel consistencyLevel;
    /** Accepted for compatibility. */
    private final boolean ignoreGrowing;
    /** Hits per server page, 0 to 16384. Default 1000. */
    private final long batchSize;
    /**
     * Applied to each page's hits before they are handed out (a client-side filter); {@code null}
     * (the default) for none. With it, {@code next()} gathers pages until it has a batch.
     */
    private final Function<List<SearchResp.SearchResult>, List<SearchResp.SearchResult>> externalFilterFunc;

    /** The time zone TIMESTAMPTZ values are written in (an IANA name such as {@code Asia/Shanghai}); empty for the server's. */
    private final String timezone;
    /** Values of the filter's {@code {name}} placeholders (Boolean, Integer/Long, Double, String or lists of one of them); empty for none. */
    private final Map<String, Object> filterTemplateValues;

    /**
     * The scalar field to group the hits by; empty for none. Sent on every page, as the official
     * iterator sends it: Milvus refuses it ({@code Not allowed to do groupBy when doing iteration}).
     */
    private final String groupByFieldName;

    @Builder
    private SearchIteratorReqV2(
            String databaseName,
            String collectionName,
            List<String> partitionNames,
            IndexParam.MetricType metricType,
            String vectorFieldName,
            Long limit,
            String filter,
            List<String> outputFields,
            List<BaseVector> vectors,
            Integer roundDecimal,
            Map<String, Object> searchParams,
            ConsistencyLevel consistencyLevel,
            boolean ignoreGrowing,
            Long batchSize,
            Function<List<SearchResp.SearchResult>, List<SearchResp.SearchResult>> externalFilterFunc,
            String timezone,
            Map<String, Object> filterTemplateValues,
            String groupByFieldName) {
        Checks.notBlank(collectionName, "SearchIteratorReqV2.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionNames = Checks.copy(partitionNames);
        this.metricType = metricType == null ? IndexParam.MetricType.INVALID : metricType;
        this.vectorFieldName = vectorFieldName == null ? "" : vectorFieldName;
        this.limit = limit == null ? -1L : limit;
        this.topK = (int) this.limit;
        this.filter = filter == null ? "" : filter;
        this.outputFields = Checks.copy(outputFields);
        this.vectors = Checks.copy(vectors);
        this.roundDecimal = roundDecimal == null ? -1 : roundDecimal;
        this.searchParams = Checks.copy(searchParams);
        this.consistencyLevel = consistencyLevel;
        this.ignoreGrowing = ignoreGrowing;
        this.batchSize = batchSize == null ? 1000L : batchSize;
        this.externalFilterFunc = externalFilterFunc;
        this.timezone = timezone == null ? "" : timezone;
        this.filterTemplateValues = Checks.copy(filterTemplateValues);
        this.groupByFieldName = groupByFieldName == null ? "" : groupByFieldName;
    }

    /** Builds a {@link SearchIteratorReqV2}; unset fields take the defaults documented on the getters. */
    public static class SearchIteratorReqV2Builder {
        /**
         * @param topK the most hits in all; -1 for unlimited (the same as {@link #limit})
         * @return this
         * @deprecated as in the official client: use {@link #limit}
         */
        @Deprecated
        public SearchIteratorReqV2Builder topK(int topK) {
            this.limit = (long) topK;
            return this;
        }

        /**
         * @param limit the most hits in all; -1 for unlimited
         * @return this
         */
        public SearchIteratorReqV2Builder limit(long limit) {
            this.limit = limit;
            return this;
        }

        /**
         * @param roundDecimal decimal places of the scores; -1 for all
         * @return this
         */
        public SearchIteratorReqV2Builder roundDecimal(int roundDecimal) {
            this.roundDecimal = roundDecimal;
            return this;
        }

        /**
         * @param batchSize hits per server page, 0 to 16384
         * @return this
         */
        public SearchIteratorReqV2Builder batchSize(long batchSize) {
            this.batchSize = batchSize;
            return this;
        }
    }

    @Override
    public String toString() {
        return "SearchIteratorReqV2{databaseName=" + databaseName
                + ", collectionName=" + collectionName
                + ", partitionNames=" + partitionNames
                + ", metricType=" + metricType
                + ", vectorFieldName=" + vectorFieldName
                + ", limit=" + limit
                + ", filter=" + filter
                + ", outputFields=" + outputFields
                + ", vectors=" + vectors.size()
                + ", roundDecimal=" + roundDecimal
                + ", searchParams=" + searchParams
                + ", consistencyLevel=" + consistencyLevel
                + ", ignoreGrowing=" + ignoreGrowing
                + ", batchSize=" + batchSize
                + ", externalFilterFunc=" + externalFilterFunc + "}";
    }
}
