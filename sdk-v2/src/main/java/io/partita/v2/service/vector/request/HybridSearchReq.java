package io.partita.v2.service.vector.request;

import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.vector.request.ranker.BaseRanker;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Several {@link AnnSearchReq}s on one collection fused by a ranker ({@code RRFRanker} or
 * {@code WeightedRanker}), as milvus-sdk-java 2.6's {@code HybridSearchReq}.
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
    /** The ranker (required). */
    private final BaseRanker ranker;
    /** Fused hits per query vector (required, positive). */
    private final long limit;
    /** Fields returned with each hit. */
    private final List<String> outFields;
    /** Decimal places of the fused scores; -1 keeps them as computed. */
    private final int roundDecimal;
    /** The consistency of the read; {@code null} uses the collection. */
    private final ConsistencyLevel consistencyLevel;

    @Builder
    private HybridSearchReq(
            String databaseName,
            String collectionName,
            List<String> partitionNames,
            List<AnnSearchReq> searchRequests,
            BaseRanker ranker,
            long limit,
            int topK,
            List<String> outFields,
            Integer roundDecimal,
            ConsistencyLevel consistencyLevel) {
        Checks.notBlank(collectionName, "HybridSearchReq.collectionName");
        Checks.notEmpty(searchRequests, "HybridSearchReq.searchRequests");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionNames = Checks.copy(partitionNames);
        this.searchRequests = Checks.copy(searchRequests);
        this.ranker = Checks.checked(ranker, "HybridSearchReq.ranker");
        this.limit = limit > 0 ? limit : topK;
        this.outFields = Checks.copy(outFields);
        this.roundDecimal = roundDecimal == null ? -1 : roundDecimal;
        this.consistencyLevel = consistencyLevel;
    }
}
