package io.partita.param.dml;

import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.exception.ParamException;
import io.partita.param.Constant;
import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Several searches on the vector fields of one collection, fused into one ranking by a ranker:
 * RRF ({@code Σ 1/(k + rank)}) or weighted scores (one weight in [0, 1] per search). Each search is
 * a {@link SearchParam} on this collection (its own vectors, field, metric, filter, params and
 * top-K); {@code topK} bounds the fused answer. The rank params are sent as Milvus's proxy reads
 * them ({@code strategy}, {@code params}, {@code limit}, {@code round_decimal}). A grouping hybrid
 * search names {@code groupByFieldName} (a scalar field) and optionally {@code groupSize} and
 * {@code strictGroupSize}: the server groups the fused hits, after the rerank.
 *
 * <p>Immutable and thread-safe.
 */
public final class HybridSearchParam {
    /** The most searches one hybrid search may hold (Milvus's limit). */
    public static final int MAX_SEARCHES = 1024;

    private final String collectionName;
    private final List<String> partitionNames;
    private final List<SearchParam> searchRequests;
    private final String rankerStrategy;
    private final String rankerParams;
    private final int topK;
    private final List<String> outFields;
    private final int roundDecimal;
    private final ConsistencyLevelEnum consistencyLevel;
    private final FunctionScoreParam functionScore;
    private final long offset;
    private final String groupByFieldName;
    private final Integer groupSize;
    private final Boolean strictGroupSize;

    private HybridSearchParam(Builder b) {
        this.collectionName = b.collectionName;
        this.partitionNames = b.partitionNames;
        this.searchRequests = b.searchRequests;
        this.rankerStrategy = b.rankerStrategy;
        this.rankerParams = b.rankerParams;
        this.topK = b.topK;
        this.outFields = b.outFields;
        this.roundDecimal = b.roundDecimal;
        this.consistencyLevel = b.consistencyLevel;
        this.functionScore = b.functionScore;
        this.offset = b.offset;
        this.groupByFieldName = b.groupByFieldName;
        this.groupSize = b.groupSize;
        this.strictGroupSize = b.strictGroupSize;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection searched */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return the partitions searched; empty for every loaded partition */
    public List<String> getPartitionNames() {
        return partitionNames;
    }

    /** @return the searches fused, at least one */
    public List<SearchParam> getSearchRequests() {
        return searchRequests;
    }

    /**
     * @return the function score fusing the searches in place of a ranker (Milvus 2.6
     *     {@code HybridSearchRequest.function_score}); {@code null} when a ranker is given
     */
    public FunctionScoreParam getFunctionScore() {
        return functionScore;
    }

    /** @return the fused hits skipped before the first one returned; 0 by default */
    public long getOffset() {
        return offset;
    }

    /** @return {@code rrf} or {@code weighted}; {@code null} when a function score fuses the searches */
    public String getRankerStrategy() {
        return rankerStrategy;
    }

    /** @return the ranker's params as JSON: {@code {"k": 60}} or {@code {"weights": [...]}} */
    public String getRankerParams() {
        return rankerParams;
    }

    /** @return the number of fused hits per query vector */
    public int getTopK() {
        return topK;
    }

    /** @return the fields returned with each hit */
    public List<String> getOutFields() {
        return outFields;
    }

    /** @return decimals the fused scores are rounded to; -1 for none */
    public int getRoundDecimal() {
        return roundDecimal;
    }

    /** @return the consistency level, or null for the collection's own */
    public ConsistencyLevelEnum getConsistencyLevel() {
        return consistencyLevel;
    }

    /** @return the scalar field the fused hits are grouped by; empty for no grouping */
    public String getGroupByFieldName() {
        return groupByFieldName;
    }

    /** @return hits per group, or {@code null} for the server's default (1) */
    public Integer getGroupSize() {
        return groupSize;
    }

    /** @return whether every group must be filled to {@code groupSize}, or {@code null} for the server's default (false) */
    public Boolean getStrictGroupSize() {
        return strictGroupSize;
    }

    @Override
    public String toString() {
        return "HybridSearchParam{collectionName='" + collectionName + "', searches=" + searchRequests.size()
                + ", ranker=" + rankerStrategy + rankerParams + ", topK=" + topK + ", outFields=" + outFields + "}";
    }

    /** Builder for {@link HybridSearchParam}. */
    public static final class Builder {
        private String collectionName;
        private List<String> partitionNames = new ArrayList<>();
        private List<SearchParam> searchRequests = new ArrayList<>();
        private String rankerStrategy;
        private String rankerParams;
        private Integer topK;
        private List<String> outFields = new ArrayList<>();
        private Integer roundDecimal = -1;
        private ConsistencyLevelEnum consistencyLevel;
        private FunctionScoreParam functionScore;
        private long offset;
        private String groupByFieldName = "";
        private Integer groupSize;
        private Boolean strictGroupSize;

        private Builder() {}

        /**
         * @param fieldName the scalar field to group the fused hits by; default none
         * @return this builder
         */
        public Builder withGroupByFieldName(String fieldName) {
            this.groupByFieldName = fieldName;
            return this;
        }

        /**
         * @param groupSize hits per group, 1 or more; default the server's (1)
         * @return this builder
         */
        public Builder withGroupSize(Integer groupSize) {
            this.groupSize = groupSize;
            return this;
        }

        /**
         * @param strict whether every group must hold {@code groupSize} hits; default the server's (false)
         * @return this builder
         */
        public Builder withStrictGroupSize(Boolean strict) {
            this.strictGroupSize = strict;
            return this;
        }

        /**
         * @param functionScore the function score that fuses the searches in place of a ranker
         *     (Milvus 2.6: one {@code rrf}, {@code weighted}, {@code decay} or {@code model} rerank
         *     function); not together with a ranker
         * @return this builder
         */
        public Builder withFunctionScore(FunctionScoreParam functionScore) {
            this.functionScore = functionScore;
            return this;
        }

        /**
         * @param offset fused hits to skip; default 0
         * @return this builder
         */
        public Builder withOffset(long offset) {
            this.offset = offset;
            return this;
        }

        /**
         * @param collectionName the collection every search is on
         * @return this builder
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }

        /**
         * @param partitionNames the partitions to search; default all loaded ones
         * @return this builder
         */
        public Builder withPartitionNames(List<String> partitionNames) {
            this.partitionNames = partitionNames;
            return this;
        }

        /**
         * @param search one more search to fuse (on this collection)
         * @return this builder
         */
        public Builder addSearchRequest(SearchParam search) {
            searchRequests = new ArrayList<>(searchRequests == null ? List.of() : searchRequests);
            searchRequests.add(search);
            return this;
        }

        /**
         * @param k RRF's constant, in (0, 16384); Milvus's default is 60
         * @return this builder
         */
        public Builder withRRFRanker(int k) {
            if (k <= 0 || k >= 16384) {
                throw new ParamException("RRF k must be in (0, 16384), got " + k);
            }
            this.rankerStrategy = "rrf";
            this.rankerParams = "{\"k\": " + k + "}";
            return this;
        }

        /**
         * @param weights one weight in [0, 1] per search, in the order the searches were added
         * @return this builder
         */
        public Builder withWeightedRanker(List<Float> weights) {
            ParamUtils.checkNotNull(weights, "weights");
            StringBuilder json = new StringBuilder("{\"weights\": [");
            for (int i = 0; i < weights.size(); i++) {
                Float w = weights.get(i);
                if (w == null || w.isNaN() || w < 0 || w > 1) {
                    throw new ParamException("weights[" + i + "] must be in [0, 1], got " + w);
                }
                json.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s", w));
            }
            this.rankerStrategy = "weighted";
            this.rankerParams = json.append("]}").toString();
            this.weightCount = weights.size();
            return this;
        }

        private int weightCount = -1;

        /**
         * @param topK fused hits per query vector, 1 to 16384
         * @return this builder
         */
        public Builder withTopK(Integer topK) {
            this.topK = topK;
            return this;
        }

        /**
         * @param outFields fields to return with each hit
         * @return this builder
         */
        public Builder withOutFields(List<String> outFields) {
            this.outFields = outFields;
            return this;
        }

        /**
         * @param decimal decimals to round fused scores to, -1 to 6; default -1 (none)
         * @return this builder
         */
        public Builder withRoundDecimal(Integer decimal) {
            this.roundDecimal = decimal;
            return this;
        }

        /**
         * @param level the consistency level; default the collection's own
         * @return this builder
         */
        public Builder withConsistencyLevel(ConsistencyLevelEnum level) {
            this.consistencyLevel = level;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws ParamException naming the bad field and value
         */
        public HybridSearchParam build() {
            ParamUtils.checkCollectionName(collectionName, "collectionName");
            partitionNames = ParamUtils.checkPartitionNames(partitionNames, "partitionNames", true);
            searchRequests =
                    ParamUtils.copyOf(ParamUtils.checkNotNull(searchRequests, "searchRequests"), "searchRequests");
            if (searchRequests.isEmpty() || searchRequests.size() > MAX_SEARCHES) {
                throw new ParamException(
                        "searchRequests must hold 1 to " + MAX_SEARCHES + " searches, got " + searchRequests.size());
            }
            for (int i = 0; i < searchRequests.size(); i++) {
                SearchParam s = searchRequests.get(i);
                if (s == null || !s.getCollectionName().equals(collectionName)) {
                    throw new ParamException("searchRequests[" + i + "] must search collection " + collectionName
                            + ", got " + (s == null ? "null" : s.getCollectionName()));
                }
            }
            if (rankerStrategy != null && functionScore != null) {
                // milvus-sdk-java 2.6 v2/utils/VectorUtils ConvertToGrpcHybridSearchRequest
                throw new ParamException("Not allow to set both ranker and functionScore.");
            }
            if (rankerStrategy == null && functionScore == null) {
                throw new ParamException(
                        "a ranker is required: withRRFRanker(k), withWeightedRanker(weights) or withFunctionScore");
            }
            if (offset < 0) {
                throw new ParamException("offset must be >= 0, got " + offset);
            }
            if (weightCount >= 0 && weightCount != searchRequests.size()) {
                throw new ParamException("withWeightedRanker needs one weight per search: " + searchRequests.size()
                        + " searches, " + weightCount + " weights");
            }
            ParamUtils.checkNotNull(topK, "topK");
            ParamUtils.checkRange(topK, 1, Constant.MAX_TOPK, "topK");
            groupByFieldName = groupByFieldName == null ? "" : groupByFieldName;
            if (!groupByFieldName.isEmpty() && groupSize != null && groupSize <= 0) {
                // milvus-sdk-java 2.6 param/dml/HybridSearchParam.Builder.build
                throw new ParamException("GroupSize value cannot be zero or negative");
            }
            outFields = ParamUtils.copyOf(outFields, "outFields");
            ParamUtils.checkNotNull(roundDecimal, "roundDecimal");
            ParamUtils.checkRange(roundDecimal, -1, 6, "roundDecimal");
            return new HybridSearchParam(this);
        }
    }
}
