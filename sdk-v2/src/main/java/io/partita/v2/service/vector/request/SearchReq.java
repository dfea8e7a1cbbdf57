package io.partita.v2.service.vector.request;

import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.common.IndexParam;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.vector.request.data.BaseVector;
import io.partita.v2.service.vector.request.highlighter.Highlighter;
import io.partita.v2.service.vector.request.highlighter.LexicalHighlighter;
import java.util.List;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * Searches a collection for the nearest neighbours of query vectors ({@code MilvusClientV2.search}):
 * float, binary, float16, bfloat16, int8 or sparse vectors, or texts ({@code EmbeddedText}) against
 * a BM25 function's output field. A range search gives {@code radius} and {@code range_filter} in
 * {@code searchParams}; a grouping search names {@code groupByFieldName}.
 * The number of results per query is {@code limit}, or {@code topK} when {@code limit} is 0 (the
 * official API's two names for one setting).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class SearchReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** Partitions to search; empty searches all loaded ones. */
    private final List<String> partitionNames;
    /** The vector field; empty means the collection’s only vector field. */
    private final String annsField;
    /** The metric; {@code null} uses the index. */
    private final IndexParam.MetricType metricType;
    /** Results per query; superseded by {@code limit} when that is set. */
    private final int topK;
    /** A boolean expression restricting the candidates; {@code null} for none. */
    private final String filter;
    /** Fields returned with each hit; empty returns ids and scores only. */
    private final List<String> outputFields;
    /** The query vectors; give these or {@code ids}. */
    private final List<BaseVector> data;
    /** Hits to skip; accepted for compatibility (the reference server does not page). */
    private final long offset;
    /** Results per query; 0 means {@code topK}. */
    private final long limit;
    /** Decimal places of the scores; -1 keeps them as computed. Default -1. */
    private final int roundDecimal;
    /** Index search parameters, e.g. {@code nprobe} or {@code ef}. */
    private final Map<String, Object> searchParams;
    /** Deprecated in the official API; accepted for compatibility. */
    private final long guaranteeTimestamp;
    /** Deprecated in the official API; accepted for compatibility. Default 5000. */
    private final Long gracefulTime;
    /** The consistency of the read; {@code null} uses the collection. */
    private final ConsistencyLevel consistencyLevel;
    /** Accepted for compatibility. */
    private final boolean ignoreGrowing;
    /** The scalar field the hits are grouped by; {@code null} for a plain search. */
    private final String groupByFieldName;
    /** Hits per group; {@code null} for the server's default (1). */
    private final Integer groupSize;
    /** Whether each group must hold {@code groupSize} hits; {@code null} for the server's default (false). */
    private final Boolean strictGroupSize;
    /** One rerank function for the hits (the official 2.6 {@code ranker}); {@code null} for none. */
    private final CreateCollectionReq.Function ranker;
    /** Rerank functions for the hits (Milvus 2.6 function scoring); {@code null} for none. */
    private final FunctionScore functionScore;
    /**
     * Highlights the hits' texts (Milvus 2.6.8+, e.g. a {@link LexicalHighlighter}); {@code null}
     * for none. Sent over gRPC; the REST transport refuses it (Milvus's RESTful search takes none).
     */
    private final Highlighter highlighter;

    /** Primary keys to search by (Milvus 2.6.9+): each key's stored vector is one query; give these or {@code data}. */
    private final List<Object> ids;
    /** The time zone TIMESTAMPTZ values are written in (an IANA name such as {@code Asia/Shanghai}); empty for the server's. */
    private final String timezone;
    /** Values of the filter's {@code {name}} placeholders (Boolean, Integer/Long, Double, String or lists of one of them); empty for none. */
    private final Map<String, Object> filterTemplateValues;

    @Builder
    private SearchReq(
            String databaseName,
            String collectionName,
            List<String> partitionNames,
            String annsField,
            IndexParam.MetricType metricType,
            int topK,
            String filter,
            List<String> outputFields,
            List<BaseVector> data,
            long offset,
            long limit,
            int roundDecimal,
            Map<String, Object> searchParams,
            long guaranteeTimestamp,
            Long gracefulTime,
            ConsistencyLevel consistencyLevel,
            boolean ignoreGrowing,
            String groupByFieldName,
            Integer groupSize,
            Boolean strictGroupSize,
            CreateCollectionReq.Function ranker,
            FunctionScore functionScore,
            List<Object> ids,
            String timezone,
            Map<String, Object> filterTemplateValues,
            Highlighter highlighter) {
        Checks.notBlank(collectionName, "SearchReq.collectionName");
        // milvus-sdk-java 2.6 VectorUtils.convertSearchTarget's refusals
        boolean noData = data == null || data.isEmpty();
        boolean noIds = ids == null || ids.isEmpty();
        if (noData && noIds) {
            throw Checks.invalid("Require either ids or vectors, but both are empty");
        }
        if (!noData && !noIds) {
            throw Checks.invalid("Require either ids or vectors, but both are provided");
        }
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionNames = Checks.copy(partitionNames);
        this.annsField = annsField == null ? "" : annsField;
        this.metricType = metricType;
        this.topK = topK;
        this.filter = filter;
        this.outputFields = Checks.copy(outputFields);
        this.data = Checks.copy(data);
        this.offset = offset;
        this.limit = limit;
        this.roundDecimal = roundDecimal;
        this.searchParams = Checks.copy(searchParams);
        this.guaranteeTimestamp = guaranteeTimestamp;
        this.gracefulTime = gracefulTime == null ? 5000L : gracefulTime;
        this.consistencyLevel = consistencyLevel;
        this.ignoreGrowing = ignoreGrowing;
        this.groupByFieldName = groupByFieldName;
        this.groupSize = groupSize;
        this.strictGroupSize = strictGroupSize;
        this.ranker = ranker;
        this.functionScore = functionScore;
        this.ids = Checks.copy(ids);
        this.timezone = timezone == null ? "" : timezone;
        this.filterTemplateValues = Checks.copy(filterTemplateValues);
        this.highlighter = highlighter;
    }

    /** Builds a {@link SearchReq}; unset fields take the defaults documented on the getters. */
    public static class SearchReqBuilder {
        private String annsField = "";
        private int topK = 0;
        private long offset = 0L;
        private long limit = 0L;

        /** Results per query; the official API keeps {@code topK} and {@code limit} equal, and so does this builder. */
        public SearchReqBuilder topK(int topK) {
            this.topK = topK;
            this.limit = topK;
            return this;
        }

        /** Results per query; also sets {@code topK}, as the official API does. */
        public SearchReqBuilder limit(long limit) {
            this.limit = limit;
            this.topK = (int) limit;
            return this;
        }

        private int roundDecimal = -1;
        private long guaranteeTimestamp = 0L;
        private Long gracefulTime = 5000L;
        private boolean ignoreGrowing = false;
    }

    @Override
    public String toString() {
        return "SearchReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "partitionNames=" + partitionNames + ", "
                + "annsField=" + annsField + ", "
                + "metricType=" + metricType + ", "
                + "topK=" + topK + ", "
                + "filter=" + filter + ", "
                + "outputFields=" + outputFields + ", "
                + "data=" + data + ", "
                + "offset=" + offset + ", "
                + "limit=" + limit + ", "
                + "roundDecimal=" + roundDecimal + ", "
                + "ranker=" + ranker + ", "
                + "functionScore=" + functionScore + ", "
                + "searchParams=" + searchParams + ", "
                + "guaranteeTimestamp=" + guaranteeTimestamp + ", "
                + "gracefulTime=" + gracefulTime + ", "
                + "consistencyLevel=" + consistencyLevel + ", "
                + "ignoreGrowing=" + ignoreGrowing + ", "
                + "groupByFieldName=" + groupByFieldName + ", "
                + "ids=" + ids + ", "
                + "timezone=" + timezone + ", "
                + "highlighter="
                + (highlighter == null ? "null" : highlighter.highlightType() + ":" + highlighter.getParams()) + "}";
    }
}
