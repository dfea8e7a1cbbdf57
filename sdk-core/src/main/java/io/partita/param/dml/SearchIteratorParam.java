package io.partita.param.dml;

import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.exception.ParamException;
import io.partita.param.MetricType;
import io.partita.param.ParamUtils;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameters of a search iterator ({@code MilvusClient.searchIterator}): the hits of one query
 * vector, nearest first, {@code batchSize} per {@code next()} call, at most {@code topK} (or
 * {@code limit}) in all. The names, defaults and error texts are milvus-sdk-java 2.6's
 * {@code SearchIteratorParam}'s (read there: batch size 1000, topK -1 for unlimited, one query
 * vector only). Float vectors ({@code List<Float>}) and binary vectors ({@link ByteBuffer}) are
 * taken, as by {@link SearchParam}. A {@code groupByFieldName} is sent on every page, as the official
 * iterator sends it; Milvus refuses grouping while iterating ({@code Not allowed to do groupBy when
 * doing iteration}, internal/proxy/search_util.go), so the first {@code next()} fails with that text.
 *
 * <p>Immutable and thread-safe; lists are copied in and handed out unmodifiable.
 */
public final class SearchIteratorParam {
    private final String collectionName;
    private final List<String> partitionNames;
    private final MetricType metricType;
    private final String vectorFieldName;
    private final long topK;
    private final String expr;
    private final List<String> outFields;
    private final List<?> vectors;
    private final int roundDecimal;
    private final String params;
    private final ConsistencyLevelEnum consistencyLevel;
    private final boolean ignoreGrowing;
    private final String groupByFieldName;
    private final long batchSize;

    private SearchIteratorParam(Builder b) {
        this.collectionName = b.collectionName;
        this.partitionNames = b.partitionNames;
        this.metricType = b.metricType;
        this.vectorFieldName = b.vectorFieldName;
        this.topK = b.topK;
        this.expr = b.expr;
        this.outFields = b.outFields;
        this.vectors = b.vectors;
        this.roundDecimal = b.roundDecimal;
        this.params = b.params;
        this.consistencyLevel = b.consistencyLevel;
        this.ignoreGrowing = b.ignoreGrowing;
        this.groupByFieldName = b.groupByFieldName;
        this.batchSize = b.batchSize;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return the partitions searched; empty for every loaded one; unmodifiable */
    public List<String> getPartitionNames() {
        return partitionNames;
    }

    /** @return the metric's name, as the official getter answers it */
    public String getMetricType() {
        return metricType.name();
    }

    /** @return the vector field searched */
    public String getVectorFieldName() {
        return vectorFieldName;
    }

    /** @return the most hits returned in all; -1 for unlimited */
    public Long getTopK() {
        return topK;
    }

    /** @return the filter; empty for none */
    public String getExpr() {
        return expr;
    }

    /** @return the fields each hit carries; unmodifiable */
    public List<String> getOutFields() {
        return outFields;
    }

    /** @return the one query vector, in a list; unmodifiable */
    public List<?> getVectors() {
        return vectors;
    }

    /** @return the number of query vectors (always 1) */
    public Long getNQ() {
        return (long) vectors.size();
    }

    /** @return the decimal places of the scores; -1 for all (an iterator pages by exact scores, so keep -1) */
    public int getRoundDecimal() {
        return roundDecimal;
    }

    /** @return the index search parameters, JSON */
    public String getParams() {
        return params;
    }

    /** @return always 0: an iterator reads as of the snapshot its first call pins */
    public long getTravelTimestamp() {
        return 0L;
    }

    /** @return always 0: an iterator's later pages carry the snapshot its first call pins */
    public long getGuaranteeTimestamp() {
        return 0L;
    }

    /** @return the bounded-consistency staleness in milliseconds (5000, as the official) */
    public Long getGracefulTime() {
        return 5000L;
    }

    /** @return the consistency level; {@code null} for the collection's own */
    public ConsistencyLevelEnum getConsistencyLevel() {
        return consistencyLevel;
    }

    /** @return whether growing segments are to be left out (not applied by Partita) */
    public boolean isIgnoreGrowing() {
        return ignoreGrowing;
    }

    /** @return the scalar field to group the hits by; empty for none (Milvus refuses grouping iterators) */
    public String getGroupByFieldName() {
        return groupByFieldName;
    }

    /** @return the hits per {@code next()} call */
    public long getBatchSize() {
        return batchSize;
    }

    @Override
    public String toString() {
        return "SearchIteratorParam{collectionName=" + collectionName
                + ", partitionNames=" + partitionNames
                + ", metricType=" + metricType
                + ", vectorFieldName=" + vectorFieldName
                + ", topK=" + topK
                + ", expr=" + expr
                + ", outFields=" + outFields
                + ", nq=" + vectors.size()
                + ", params=" + params
                + ", consistencyLevel=" + consistencyLevel
                + ", batchSize=" + batchSize
                + "}";
    }

    /** Builder for {@link SearchIteratorParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private List<String> partitionNames = new ArrayList<>();
        private MetricType metricType = MetricType.L2;
        private String vectorFieldName;
        private Long topK = -1L;
        private String expr = "";
        private List<String> outFields = new ArrayList<>();
        private List<?> vectors;
        private Integer roundDecimal = -1;
        private String params = "{}";
        private ConsistencyLevelEnum consistencyLevel;
        private Boolean ignoreGrowing = Boolean.FALSE;
        private String groupByFieldName = "";
        private Long batchSize = 1000L;

        private Builder() {}

        /**
         * @param collectionName the collection to search
         * @return this
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }

        /**
         * @param partitionNames the partitions to search; replaces earlier ones
         * @return this
         */
        public Builder withPartitionNames(List<String> partitionNames) {
            this.partitionNames = new ArrayList<>(ParamUtils.checkNotNull(partitionNames, "partitionNames"));
            return this;
        }

        /**
         * @param partitionName one more partition (a repeat is ignored, as the official)
         * @return this
         */
        public Builder addPartitionName(String partitionName) {
            if (!partitionNames.contains(partitionName)) {
                partitionNames.add(partitionName);
            }
            return this;
        }

        /**
         * @param consistencyLevel the level of the first call; {@code null} for the collection's own
         * @return this
         */
        public Builder withConsistencyLevel(ConsistencyLevelEnum consistencyLevel) {
            this.consistencyLevel = consistencyLevel;
            return this;
        }

        /**
         * @param metricType the metric of the field's index; default L2
         * @return this
         */
        public Builder withMetricType(MetricType metricType) {
            this.metricType = metricType;
            return this;
        }

        /**
         * @param vectorFieldName the vector field to search
         * @return this
         */
        public Builder withVectorFieldName(String vectorFieldName) {
            this.vectorFieldName = vectorFieldName;
            return this;
        }

        /**
         * @param topK the most hits in all; -1 (the default) for unlimited
         * @return this
         */
        public Builder withTopK(Integer topK) {
            this.topK = topK == null ? null : topK.longValue();
            return this;
        }

        /**
         * @param limit the most hits in all, as {@link #withTopK}
         * @return this
         */
        public Builder withLimit(Long limit) {
            this.topK = limit;
            return this;
        }

        /**
         * @param expr the filter; empty (the default) for none
         * @return this
         */
        public Builder withExpr(String expr) {
            this.expr = expr;
            return this;
        }

        /**
         * @param outFields the fields each hit carries; replaces earlier ones
         * @return this
         */
        public Builder withOutFields(List<String> outFields) {
            this.outFields = new ArrayList<>(ParamUtils.checkNotNull(outFields, "outFields"));
            return this;
        }

        /**
         * @param fieldName one more output field (a repeat is ignored, as the official)
         * @return this
         */
        public Builder addOutField(String fieldName) {
            if (!outFields.contains(fieldName)) {
                outFields.add(fieldName);
            }
            return this;
        }

        /**
         * @param vectors one query vector: a {@code List<Float>} or a {@link ByteBuffer}, in a list
         * @return this
         */
        public Builder withVectors(List<?> vectors) {
            this.vectors = vectors;
            return this;
        }

        /**
         * @param vectors one float query vector, in a list
         * @return this
         */
        public Builder withFloatVectors(List<List<Float>> vectors) {
            this.vectors = vectors;
            return this;
        }

        /**
         * @param vectors one binary query vector, in a list
         * @return this
         */
        public Builder withBinaryVectors(List<ByteBuffer> vectors) {
            this.vectors = vectors;
            return this;
        }

        /**
         * @param decimal decimal places of the scores; -1 (the default) for all
         * @return this
         */
        public Builder withRoundDecimal(Integer decimal) {
            this.roundDecimal = decimal;
            return this;
        }

        /**
         * @param params the index search parameters, JSON, e.g. {@code {"nprobe":10}}; default {@code {}}
         * @return this
         */
        public Builder withParams(String params) {
            this.params = params;
            return this;
        }

        /**
         * @param ignoreGrowing whether growing segments are left out; default false
         * @return this
         */
        public Builder withIgnoreGrowing(Boolean ignoreGrowing) {
            this.ignoreGrowing = ignoreGrowing;
            return this;
        }

        /**
         * @param groupByFieldName the scalar field to group the hits by; default none. Sent on every
         *     page, as the official iterator sends it; Milvus refuses it while iterating
         * @return this
         */
        public Builder withGroupByFieldName(String groupByFieldName) {
            this.groupByFieldName = groupByFieldName;
            return this;
        }

        /**
         * @param batchSize hits per {@code next()} call, 0 to 16384; default 1000
         * @return this
         */
        public Builder withBatchSize(Long batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws ParamException with the official client's texts
         */
        public SearchIteratorParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            partitionNames = ParamUtils.checkPartitionNames(partitionNames, "partitionNames", true);
            ParamUtils.checkNotEmpty(vectorFieldName, "vectorFieldName");
            ParamUtils.checkNotNull(topK, "topK");
            ParamUtils.checkNotNull(metricType, "metricType");
            ParamUtils.checkNotNull(expr, "expr");
            outFields = ParamUtils.copyOf(outFields, "outFields");
            ParamUtils.checkNotNull(roundDecimal, "roundDecimal");
            ParamUtils.checkRange(roundDecimal, -1, 6, "roundDecimal");
            ParamUtils.checkNotEmpty(params, "params");
            ParamUtils.checkNotNull(ignoreGrowing, "ignoreGrowing");
            ParamUtils.checkNotNull(groupByFieldName, "groupByFieldName");
            ParamUtils.checkNotNull(batchSize, "batchSize");
            // texts of milvus-sdk-java 2.6 param/dml/SearchIteratorParam.Builder.build and verifyVectors
            if (topK != -1L && topK <= 0) {
                throw new ParamException("TopK value is illegal");
            }
            if (metricType == MetricType.INVALID) {
                throw new ParamException("must specify metricType for search iterator");
            }
            if (vectors == null || vectors.isEmpty()) {
                throw new ParamException("Target vectors can not be empty");
            }
            if (vectors.size() > 1) {
                throw new ParamException("Not support search iteration over multiple vectors at present");
            }
            QueryIteratorParam.checkBatchSize(batchSize);
            // the vector itself is checked as a search's (the first page is an ordinary search)
            vectors = ParamUtils.copyOf(vectors, "vectors");
            SearchParam.newBuilder()
                    .withCollectionName(collectionName)
                    .withVectorFieldName(vectorFieldName)
                    .withMetricType(metricType)
                    .withTopK(1)
                    .withVectors(vectors)
                    .build();
            return new SearchIteratorParam(this);
        }
    }
}
