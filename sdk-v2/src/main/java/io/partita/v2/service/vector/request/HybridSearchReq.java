package io.partita.v2.service.vector.request;

import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Several {@link AnnSearchReq}s on one collection fused by a ranker ({@code RRFRanker} or
 * {@code WeightedRanker}, or one other rerank function such as a {@code DecayRanker}, sent as a
 * function score of that one function, as the official client routes it) or by a
 * {@link FunctionScore} (Milvus 2.6), as milvus-sdk-java 2.6's {@code HybridSearchReq}.
 * With {@code groupByFieldName} the server groups the fused hits by that scalar field (after the
 * rerank): {@code limit} groups of up to {@code groupSize} hits each.
 */
@Getter
public final class HybridSearchReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** Partitions to search; empty searches all loaded ones. */
    private final List<String> partitionNames;
    /** The searches to fuse (required, not empty). */
    private final List<AnnSearchReq> searchRequests;
    /** The ranker, a rerank function; {@code null} when a function score fuses the searches. */
    private final CreateCollectionReq.Function ranker;
    /** The function score fusing the searches in place of the ranker; {@code null} for none. */
    private final FunctionScore functionScore;
    /** Fused hits skipped before the first one returned. */
    private final long offset;
    /** Fused hits per query vector (required, positive). */
    private final long limit;
    /** Fields returned with each hit. */
    private final List<String> outFields;
    /** Decimal places of the fused scores; -1 keeps them as computed. */
    private final int roundDecimal;
    /** The consistency of the read; {@code null} uses the collection. */
    private final ConsistencyLevel consistencyLevel;
    /** The scalar field the fused hits are grouped by; {@code null} for no grouping. */
    private final String groupByFieldName;
    /** Hits per group; {@code null} for the server's default (1). */
    private final Integer groupSize;
    /** Whether every group must be filled to {@code groupSize}; {@code null} for the server's default. */
    private final Boolean strictGroupSize;

    @Builder
    private HybridSearchReq(
            String databaseName,
            String collectionName,
            List<String> partitionNames,
            List<AnnSearchReq> searchRequests,
            CreateCollectionReq.Function ranker,
            FunctionScore functionScore,
            long offset,
            long limit,
            int topK,
            List<String> outFields,
            Integer roundDecimal,
            ConsistencyLevel consistencyLevel,
            String groupByFieldName,
            Integer groupSize,
            Boolean strictGroupSize) {
        Checks.notBlank(collectionName, "HybridSearchReq.collectionName");
        Checks.notEmpty(searchRequests, "HybridSearchReq.searchRequests");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionNames = Checks.copy(partitionNames);
        this.searchRequests = Checks.copy(searchRequests);
        if (ranker != null && functionScore != null) {
            // milvus-sdk-java 2.6 v2/utils/VectorUtils ConvertToGrpcHybridSearchRequest
            throw Checks.invalid("Not allow to set both ranker and functionScore.");
        }
        this.ranker = functionScore == null ? Checks.checked(ranker, "HybridSearchReq.ranker") : null;
        this.functionScore = functionScore;
        this.offset = offset;
        this.limit = limit > 0 ? limit : topK;
        this.outFields = Checks.copy(outFields);
        this.roundDecimal = roundDecimal == null ? -1 : roundDecimal;
        this.consistencyLevel = consistencyLevel;
        this.groupByFieldName = groupByFieldName;
        this.groupSize = groupSize;
        this.strictGroupSize = strictGroupSize;
    }

    /**
     * The fused hits per query vector, as the official client's deprecated {@code getTopK}.
     *
     * @return {@link #getLimit()} as an int
     * @deprecated use {@link #getLimit()}
     */
    @Deprecated
    public int getTopK() {
        return (int) limit;
    }

    @Override
    public String toString() {
        return "HybridSearchReq{" + "collectionName='" + collectionName + "', partitionNames=" + partitionNames
                + ", searchRequests=" + searchRequests + ", ranker=" + ranker + ", functionScore=" + functionScore
                + ", limit=" + limit + ", offset=" + offset + ", outFields=" + outFields + ", roundDecimal="
                + roundDecimal + ", consistencyLevel=" + consistencyLevel + ", groupByFieldName='"
                + groupByFieldName + "', groupSize=" + groupSize + ", strictGroupSize=" + strictGroupSize + "}";
    }

    /** Builds a {@link HybridSearchReq}; unset values take the defaults documented on the getters. */
    public static class HybridSearchReqBuilder {
        /**
         * @param roundDecimal decimal places the scores are rounded to; -1 (the default) keeps them all
         * @return this builder
         */
        public HybridSearchReqBuilder roundDecimal(int roundDecimal) {
            this.roundDecimal = roundDecimal;
            return this;
        }
    }
}
