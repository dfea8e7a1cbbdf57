package io.partita.param.dml;

import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.exception.ParamException;
import io.partita.model.DataType;
import io.partita.param.Constant;
import io.partita.param.MetricType;
import io.partita.param.ParamUtils;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Searches the nearest vectors. {@code vectors} is a list of {@code List<Float>} (float vectors,
 * all of one dimension), of {@link ByteBuffer} (binary vectors, or with
 * {@link Builder#withFloat16Vectors}, {@link Builder#withBFloat16Vectors} and
 * {@link Builder#withInt8Vectors} the raw bytes of those types), of {@code SortedMap<Long, Float>}
 * (sparse vectors: index → value) or of {@link String} (raw text, searched against the sparse
 * output field of a BM25 function with metric {@code BM25}); {@link #getVectorType()} says which.
 * Binary metrics need binary vectors. Top-K from 1 to 16384. Search params are JSON such as
 * {@code {"nprobe":10}}; a range search puts {@code radius} and {@code range_filter} there. A
 * grouping search names {@code groupByFieldName} (a scalar field) and optionally
 * {@code groupSize} (hits per group, default 1) and {@code strictGroupSize}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never prints the vectors.
 */
public final class SearchParam {
    private final String collectionName;
    private final List<String> partitionNames;
    private final MetricType metricType;
    private final String vectorFieldName;
    private final int topK;
    private final String expr;
    private final List<String> outFields;
    private final List<?> vectors;
    private final int roundDecimal;
    private final String params;
    private final long travelTimestamp;
    private final long guaranteeTimestamp;
    private final long gracefulTime;
    private final ConsistencyLevelEnum consistencyLevel;
    private final boolean iterator;
    private final DataType vectorType;
    private final String groupByFieldName;
    private final Integer groupSize;
    private final Boolean strictGroupSize;
    private final FunctionScoreParam functionScore;
    private final HighlighterParam highlighter;
    private final SearchIteratorV2Page iteratorV2;
    private final List<?> ids;
    private final Map<String, Object> exprTemplateValues;
    private final String timezone;
    private final boolean embeddingLists;

    private SearchParam(Builder b) {
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
        this.travelTimestamp = b.travelTimestamp;
        this.guaranteeTimestamp = b.guaranteeTimestamp;
        this.gracefulTime = b.gracefulTime;
        this.consistencyLevel = b.consistencyLevel;
        this.iterator = b.iterator;
        this.vectorType = b.vectorType;
        this.groupByFieldName = b.groupByFieldName;
        this.groupSize = b.groupSize;
        this.strictGroupSize = b.strictGroupSize;
        this.functionScore = b.functionScore;
        this.highlighter = b.highlighter;
        this.iteratorV2 = b.iteratorV2;
        this.ids = b.ids;
        this.exprTemplateValues = b.exprTemplateValues;
        this.timezone = b.timezone;
        this.embeddingLists = b.embeddingLists;
    }

    /**
     * @return whether each query is an embedding list ({@link Builder#withFloatEmbeddingLists}):
     *     its float vectors back to back in one {@code List<Float>}
     */
    public boolean isEmbeddingLists() {
        return embeddingLists;
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection to search; never null after {@code build()} */
    public String getCollectionName() {
        return collectionName;
    }
    /** @return the partitions to search; empty for every loaded partition */
    public List<String> getPartitionNames() {
        return partitionNames;
    }
    /** @return the metric; {@code L2} unless set */
    public MetricType getMetricType() {
        return metricType;
    }
    /** @return the name of the vector field searched */
    public String getVectorFieldName() {
        return vectorFieldName;
    }
    /** @return the maximum number of hits per query vector, 1 to 16384 */
    public int getTopK() {
        return topK;
    }
    /** @return the filter expression; empty for none */
    public String getExpr() {
        return expr;
    }
    /** @return the fields returned with each hit; empty for the primary key only; unmodifiable */
    public List<String> getOutFields() {
        return outFields;
    }
    /**
     * @return the query vectors: {@code List<Float>}, {@link ByteBuffer}, {@code SortedMap<Long,
     *     Float>} or {@link String} elements, as {@link #getVectorType()} says; unmodifiable
     */
    public List<?> getVectors() {
        return vectors;
    }
    /**
     * @return the kind of the query vectors, which is also the protocol's placeholder type:
     *     {@code FloatVector}, {@code BinaryVector}, {@code Float16Vector}, {@code BFloat16Vector},
     *     {@code Int8Vector}, {@code SparseFloatVector}, or {@code VarChar} for text queries
     */
    public DataType getVectorType() {
        return vectorType;
    }
    /** @return the scalar field the hits are grouped by; empty for a plain search */
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
    /** @return decimals to round distances to; -1 for no rounding */
    public int getRoundDecimal() {
        return roundDecimal;
    }
    /** @return the search parameters as JSON */
    public String getParams() {
        return params;
    }
    /** @return the time-travel hybrid timestamp; 0 for none (recent servers ignore it) */
    public long getTravelTimestamp() {
        return travelTimestamp;
    }
    /** @return the guarantee hybrid timestamp sent; when not set, derived from the consistency level at {@code build()} */
    public long getGuaranteeTimestamp() {
        return guaranteeTimestamp;
    }
    /** @return the bounded-consistency staleness, in milliseconds */
    public long getGracefulTime() {
        return gracefulTime;
    }
    /** @return the consistency level, or {@code null} for the collection's own */
    public ConsistencyLevelEnum getConsistencyLevel() {
        return consistencyLevel;
    }

    /** @return the function scoring (rerank functions), or {@code null} for none */
    public FunctionScoreParam getFunctionScore() {
        return functionScore;
    }

    /** @return the highlighter (Milvus 2.6.8+), or {@code null} for none */
    public HighlighterParam getHighlighter() {
        return highlighter;
    }

    /**
     * @return whether this is a search iterator's page: the {@code iterator} search param is sent,
     *     and the server answers its {@code session_ts} and reads at the guarantee timestamp's snapshot
     */
    public boolean isIterator() {
        return iterator;
    }

    /**
     * @return the search iterator v2 settings of this page (sent as {@code search_iter_*} search
     *     params); {@code null} for any other search
     */
    public SearchIteratorV2Page getIteratorV2() {
        return iteratorV2;
    }

    /**
     * @return the primary keys searched by (Milvus 2.6 {@code SearchRequest.ids}: each key's stored
     *     vector is one query), all {@code Long} or all {@code String}; empty when the search gives
     *     query vectors; unmodifiable
     */
    public List<?> getIds() {
        return ids;
    }

    /** @return the values of the filter's {@code {name}} placeholders; empty for none; unmodifiable */
    public Map<String, Object> getExprTemplateValues() {
        return exprTemplateValues;
    }

    /** @return the time zone sent as the {@code timezone} search param; empty for the server's default */
    public String getTimezone() {
        return timezone;
    }

    @Override
    public String toString() {
        return "SearchParam{collectionName=" + collectionName + ", partitionNames=" + partitionNames
                + ", metricType=" + metricType + ", vectorFieldName=" + vectorFieldName + ", topK=" + topK
                + ", expr=" + expr + ", outFields=" + outFields + ", nq="
                + (ids.isEmpty() ? vectors.size() : ids.size())
                + (ids.isEmpty() ? ", vectorType=" + vectorType : ", ids=" + ids.size())
                + ", params=" + params + (groupByFieldName.isEmpty() ? "" : ", groupByFieldName=" + groupByFieldName)
                + "}";
    }

    /** Builder for {@link SearchParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private List<String> partitionNames = new ArrayList<>();
        private MetricType metricType = MetricType.L2;
        private String vectorFieldName;
        private Integer topK;
        private String expr = "";
        private List<String> outFields = new ArrayList<>();
        private List<?> vectors;
        private Integer roundDecimal = -1;
        private String params = "{}";
        private Long travelTimestamp = 0L;
        private Long guaranteeTimestamp;
        private boolean guaranteeTimestampGiven;
        private Long gracefulTime = 5000L;
        private boolean iterator;
        private ConsistencyLevelEnum consistencyLevel;
        private DataType vectorType;
        private String groupByFieldName = "";
        private Integer groupSize;
        private Boolean strictGroupSize;
        private FunctionScoreParam functionScore;
        private HighlighterParam highlighter;
        private SearchIteratorV2Page iteratorV2;
        private List<?> ids = List.of();
        private Map<String, Object> exprTemplateValues = Map.of();
        private String timezone = "";
        private boolean embeddingLists;

        private Builder() {}

        /**
         * Embedding-list queries (Milvus 2.6): each query is a list of float vectors of the searched
         * struct sub-field's dimension, given back to back in one {@code List<Float>}; the lists may
         * differ in length. They search a struct array field's vector sub-field
         * ({@code struct[sub]}) with a {@code MAX_SIM} metric.
         *
         * @param lists one flattened embedding list per query
         * @return this
         */
        public Builder withFloatEmbeddingLists(List<List<Float>> lists) {
            this.vectors = lists;
            this.vectorType = DataType.FloatVector;
            this.embeddingLists = true;
            return this;
        }

        /**
         * @param collectionName the collection to search; required
         * @return this builder
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }
        /**
         * @param partitionNames the partitions to search; default empty (every loaded partition)
         * @return this builder
         */
        public Builder withPartitionNames(List<String> partitionNames) {
            this.partitionNames = partitionNames;
            return this;
        }
        /**
         * @param partitionName one more partition to search; appended
         * @return this builder
         */
        public Builder addPartitionName(String partitionName) {
            partitionNames = new ArrayList<>(partitionNames == null ? List.of() : partitionNames);
            partitionNames.add(partitionName);
            return this;
        }
        /**
         * @param metricType the metric; default {@code L2}
         * @return this
         */
        public Builder withMetricType(MetricType metricType) {
            this.metricType = metricType;
            return this;
        }
        /**
         * @param vectorFieldName the vector field to search; required
         * @return this builder
         */
        public Builder withVectorFieldName(String vectorFieldName) {
            this.vectorFieldName = vectorFieldName;
            return this;
        }
        /**
         * @param topK results per query, 1 to 16384
         * @return this
         */
        public Builder withTopK(Integer topK) {
            this.topK = topK;
            return this;
        }
        /**
         * @param expr a filter expression; default none
         * @return this
         */
        public Builder withExpr(String expr) {
            this.expr = expr;
            return this;
        }
        /**
         * @param outFields the fields to return with each hit; default none (primary key only)
         * @return this builder
         */
        public Builder withOutFields(List<String> outFields) {
            this.outFields = outFields;
            return this;
        }
        /**
         * @param fieldName one more field to return; appended
         * @return this builder
         */
        public Builder addOutField(String fieldName) {
            outFields = new ArrayList<>(outFields == null ? List.of() : outFields);
            outFields.add(fieldName);
            return this;
        }
        /**
         * @param vectors {@code List<Float>} or {@link ByteBuffer} elements
         * @return this
         */
        public Builder withVectors(List<?> vectors) {
            this.vectors = vectors;
            this.embeddingLists = false;
            this.vectorType = null; // read from the elements at build()
            return this;
        }
        /**
         * @param vectors float vectors, all of one dimension
         * @return this
         */
        public Builder withFloatVectors(List<List<Float>> vectors) {
            return typed(vectors, DataType.FloatVector);
        }
        /**
         * @param vectors binary vectors, {@code dim / 8} bytes each
         * @return this
         */
        public Builder withBinaryVectors(List<ByteBuffer> vectors) {
            return typed(vectors, DataType.BinaryVector);
        }
        /**
         * @param vectors IEEE half-precision vectors, two little-endian bytes per dimension
         * @return this
         */
        public Builder withFloat16Vectors(List<ByteBuffer> vectors) {
            return typed(vectors, DataType.Float16Vector);
        }
        /**
         * @param vectors bfloat16 vectors, two little-endian bytes per dimension
         * @return this
         */
        public Builder withBFloat16Vectors(List<ByteBuffer> vectors) {
            return typed(vectors, DataType.BFloat16Vector);
        }
        /**
         * @param vectors int8 vectors, one signed byte per dimension
         * @return this
         */
        public Builder withInt8Vectors(List<ByteBuffer> vectors) {
            return typed(vectors, DataType.Int8Vector);
        }
        /**
         * @param vectors sparse vectors, index → value, indexes from 0 to 2^32 - 2
         * @return this
         */
        public Builder withSparseFloatVectors(List<SortedMap<Long, Float>> vectors) {
            return typed(vectors, DataType.SparseFloatVector);
        }

        private Builder typed(List<?> vectors, DataType type) {
            this.vectors = vectors;
            this.embeddingLists = false;
            this.vectorType = type;
            return this;
        }
        /**
         * @param fieldName the scalar field to group the hits by; default none (a plain search)
         * @return this
         */
        public Builder withGroupByFieldName(String fieldName) {
            this.groupByFieldName = fieldName;
            return this;
        }
        /**
         * @param groupSize hits per group, 1 or more; default the server's (1)
         * @return this
         */
        public Builder withGroupSize(Integer groupSize) {
            this.groupSize = groupSize;
            return this;
        }
        /**
         * @param strict whether every group must hold {@code groupSize} hits; default the server's (false)
         * @return this
         */
        public Builder withStrictGroupSize(Boolean strict) {
            this.strictGroupSize = strict;
            return this;
        }
        /**
         * @param decimal decimals to round distances to, -1 to 6; default -1 (none)
         * @return this
         */
        public Builder withRoundDecimal(Integer decimal) {
            this.roundDecimal = decimal;
            return this;
        }
        /**
         * @param params search parameters as JSON, e.g. {@code {"nprobe":10}}; default {@code {}}
         * @return this
         */
        public Builder withParams(String params) {
            this.params = params;
            return this;
        }
        /**
         * @param ts the time-travel hybrid timestamp, 0 or more; default 0 (none)
         * @return this builder
         */
        public Builder withTravelTimestamp(Long ts) {
            this.travelTimestamp = ts;
            return this;
        }
        /**
         * @param ts the guarantee hybrid timestamp, 0 or more; overrides the one derived from the consistency level
         * @return this builder
         */
        public Builder withGuaranteeTimestamp(Long ts) {
            this.guaranteeTimestamp = ts;
            this.guaranteeTimestampGiven = true;
            return this;
        }
        /**
         * @param gracefulTimeMs bounded-consistency staleness in milliseconds; default 5000
         * @return this
         */
        public Builder withGracefulTime(Long gracefulTimeMs) {
            this.gracefulTime = gracefulTimeMs;
            return this;
        }
        /**
         * @param level the consistency level; default the collection's own
         * @return this
         */
        public Builder withConsistencyLevel(ConsistencyLevelEnum level) {
            this.consistencyLevel = level;
            return this;
        }

        /**
         * Marks the search as an iterator's page (the {@code iterator} search param of milvus-sdk-java
         * 2.6's {@code SearchIterator}). Set by {@code io.partita.orm.iterator.SearchIterator}; plain
         * searches leave it off.
         *
         * @param iterator whether this is an iterator's page; default false
         * @return this
         */
        public Builder withIterator(Boolean iterator) {
            this.iterator = Boolean.TRUE.equals(iterator);
            return this;
        }

        /**
         * Reranks the hits with functions (Milvus 2.6 {@code SearchRequest.function_score}, sent by
         * the gRPC and REST transports). The reference server serves the decay reranker.
         *
         * @param functionScore the functions; default none
         * @return this
         */
        public Builder withFunctionScore(FunctionScoreParam functionScore) {
            this.functionScore = functionScore;
            return this;
        }

        /**
         * Highlights the hits' texts (Milvus 2.6.8+ {@code SearchRequest.highlighter}, sent by the
         * gRPC transport; the REST transport refuses it, as Milvus's RESTful search takes none).
         *
         * @param highlighter the highlighter; default none
         * @return this
         */
        public Builder withHighlighter(HighlighterParam highlighter) {
            this.highlighter = highlighter;
            return this;
        }

        /**
         * Makes the search one call of a search iterator v2 (server-side paging); implies
         * {@link #withIterator}. Set by {@code io.partita.orm.iterator.SearchIteratorV2}; plain
         * searches leave it off.
         *
         * @param page the call's batch size, last bound and token; {@code null} for none
         * @return this
         */
        public Builder withIteratorV2(SearchIteratorV2Page page) {
            this.iteratorV2 = page;
            if (page != null) {
                this.iterator = true;
            }
            return this;
        }

        /**
         * Searches by primary keys instead of query vectors (Milvus 2.6.9+ {@code SearchRequest.ids}):
         * the server reads each key's vector in the searched field and uses it as one query. Give
         * either vectors or ids.
         *
         * @param ids the keys, all {@code Long} (or {@code Integer}) or all {@code String}; default none
         * @return this
         */
        public Builder withIds(List<?> ids) {
            this.ids = ids == null ? List.of() : ids;
            return this;
        }

        /**
         * @param values the values of the filter's {@code {name}} placeholders, see
         *     {@link FilterTemplateValues}; default none
         * @return this
         */
        public Builder withExprTemplateValues(Map<String, ?> values) {
            this.exprTemplateValues = FilterTemplateValues.copyOf(values, "exprTemplateValues");
            return this;
        }

        /**
         * @param timezone an IANA time zone such as {@code Asia/Shanghai}, sent as the
         *     {@code timezone} search param (Milvus 2.6 formats TIMESTAMPTZ output fields in it);
         *     default empty (the server's)
         * @return this
         */
        public Builder withTimezone(String timezone) {
            this.timezone = timezone == null ? "" : timezone;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws ParamException naming the bad field and value
         */
        public SearchParam build() {
            ParamUtils.checkCollectionName(collectionName, "collectionName");
            partitionNames = ParamUtils.checkPartitionNames(partitionNames, "partitionNames", true);
            ParamUtils.checkNotNull(metricType, "metricType");
            if (metricType == MetricType.INVALID) {
                throw new ParamException("metricType must not be INVALID");
            }
            ParamUtils.checkNotEmpty(vectorFieldName, "vectorFieldName");
            ParamUtils.checkNotNull(topK, "topK");
            ParamUtils.checkRange(topK, 1, Constant.MAX_TOPK, "topK");
            ParamUtils.checkNotNull(expr, "expr");
            outFields = ParamUtils.copyOf(outFields, "outFields");
            ParamUtils.checkNotNull(roundDecimal, "roundDecimal");
            ParamUtils.checkRange(roundDecimal, -1, 6, "roundDecimal");
            ParamUtils.checkNotEmpty(params, "params");
            ParamUtils.checkNotNull(travelTimestamp, "travelTimestamp");
            ParamUtils.checkRange(travelTimestamp, 0, Long.MAX_VALUE, "travelTimestamp");
            if (!guaranteeTimestampGiven) {
                guaranteeTimestamp = ParamUtils.defaultGuaranteeTimestamp(consistencyLevel);
            }
            ParamUtils.checkNotNull(guaranteeTimestamp, "guaranteeTimestamp");
            ParamUtils.checkRange(guaranteeTimestamp, 0, Long.MAX_VALUE, "guaranteeTimestamp");
            ParamUtils.checkNotNull(gracefulTime, "gracefulTime");
            ParamUtils.checkRange(gracefulTime, 0, Long.MAX_VALUE, "gracefulTime");
            ParamUtils.checkNotNull(groupByFieldName, "groupByFieldName");
            if (groupSize != null) {
                ParamUtils.checkRange(groupSize, 1, Integer.MAX_VALUE, "groupSize");
            }
            ids = checkIds(ParamUtils.copyOf(ids, "ids"));
            if (!ids.isEmpty()) {
                // milvus-sdk-java 2.6 VectorUtils.convertSearchTarget's refusal
                if (vectors != null && !vectors.isEmpty()) {
                    throw new ParamException("Require either ids or vectors, but both are provided");
                }
                vectors = List.of();
                vectorType = null;
                return new SearchParam(this);
            }
            vectors = checkVectors(ParamUtils.copyOf(ParamUtils.checkNotNull(vectors, "vectors"), "vectors"));
            return new SearchParam(this);
        }

        /** All Long (Integers widened) or all String, as milvus-sdk-java 2.6 requires of search ids. */
        private static List<?> checkIds(List<?> list) {
            if (list.isEmpty()) {
                return list;
            }
            boolean text = list.get(0) instanceof String;
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                Object id = list.get(i);
                if (text && id instanceof String) {
                    out.add(id);
                } else if (!text && (id instanceof Long || id instanceof Integer)) {
                    out.add(((Number) id).longValue());
                } else {
                    throw new ParamException(
                            "ids[" + i + "] must be a " + (text ? "String" : "Long") + " like ids[0], got "
                                    + (id == null ? "null" : id.getClass().getSimpleName()));
                }
            }
            return java.util.Collections.unmodifiableList(out);
        }

        private List<?> checkVectors(List<?> list) {
            if (list.isEmpty()) {
                throw new ParamException("vectors must not be empty, got []");
            }
            Object first = list.get(0);
            if (vectorType == null) {
                vectorType = first instanceof ByteBuffer
                        ? DataType.BinaryVector
                        : first instanceof Map
                                ? DataType.SparseFloatVector
                                : first instanceof String ? DataType.VarChar : DataType.FloatVector;
            }
            if (vectorType != DataType.BinaryVector && vectorType != DataType.FloatVector && metricType.isBinary()) {
                throw new ParamException(
                        "metricType " + metricType + " needs binary vectors (ByteBuffer), got " + vectorType);
            }
            switch (vectorType) {
                case Float16Vector:
                case BFloat16Vector:
                case Int8Vector:
                    return checkBytes(list, vectorType == DataType.Int8Vector ? 1 : 2);
                case SparseFloatVector:
                    return checkElements(list, SortedMap.class, "SortedMap<Long, Float>");
                case VarChar:
                    return checkElements(list, String.class, "String");
                default:
                    break;
            }
            if ((vectorType == DataType.BinaryVector) != (first instanceof ByteBuffer)
                    && (first instanceof List || first instanceof ByteBuffer)) {
                throw new ParamException(
                        "vectors[0] must be a " + (vectorType == DataType.BinaryVector ? "ByteBuffer" : "List<Float>")
                                + " for " + vectorType + " queries, got "
                                + first.getClass().getSimpleName());
            }
            if (embeddingLists) {
                for (int i = 0; i < list.size(); i++) {
                    Object v = list.get(i);
                    if (!(v instanceof List) || ((List<?>) v).isEmpty()) {
                        throw new ParamException("vectors[" + i + "] must be a non-empty embedding list (List<Float>)");
                    }
                    for (Object x : (List<?>) v) {
                        if (!(x instanceof Float)) {
                            throw new ParamException("vectors[" + i + "] must hold Float values, got "
                                    + (x == null ? "null" : x.getClass().getSimpleName()));
                        }
                    }
                }
                return list;
            }
            if (first instanceof List) {
                if (metricType.isBinary()) {
                    throw new ParamException(
                            "metricType " + metricType + " needs binary vectors (ByteBuffer), got float vectors");
                }
                int dim = ((List<?>) first).size();
                for (int i = 0; i < list.size(); i++) {
                    Object v = list.get(i);
                    if (!(v instanceof List) || ((List<?>) v).size() != dim || dim == 0) {
                        throw new ParamException(
                                "vectors[" + i + "] must be a non-empty List<Float> of dimension " + dim);
                    }
                    for (Object x : (List<?>) v) {
                        if (!(x instanceof Float)) {
                            throw new ParamException("vectors[" + i + "] must hold Float values, got "
                                    + (x == null ? "null" : x.getClass().getSimpleName()));
                        }
                    }
                }
            } else if (first instanceof ByteBuffer) {
                if (!metricType.isBinary()) {
                    throw new ParamException("metricType " + metricType + " needs float vectors, got binary vectors");
                }
                int bytes = ((ByteBuffer) first).remaining();
                for (int i = 0; i < list.size(); i++) {
                    Object v = list.get(i);
                    if (!(v instanceof ByteBuffer) || ((ByteBuffer) v).remaining() != bytes || bytes == 0) {
                        throw new ParamException(
                                "vectors[" + i + "] must be a non-empty ByteBuffer of " + bytes + " bytes");
                    }
                }
            } else {
                throw new ParamException("vectors must hold List<Float>, ByteBuffer, SortedMap<Long, Float> or String"
                        + " elements, got " + first.getClass().getName());
            }
            return list;
        }

        /** Raw vectors of a byte-coded type: one size for all, a whole number of dimensions. */
        private List<?> checkBytes(List<?> list, int bytesPerDim) {
            checkElements(list, ByteBuffer.class, "ByteBuffer");
            int bytes = ((ByteBuffer) list.get(0)).remaining();
            for (int i = 0; i < list.size(); i++) {
                int n = ((ByteBuffer) list.get(i)).remaining();
                if (n != bytes || n == 0 || n % bytesPerDim != 0) {
                    throw new ParamException("vectors[" + i + "] must be a non-empty ByteBuffer of " + bytes
                            + " bytes (" + bytesPerDim + " per dimension of " + vectorType + "), got " + n);
                }
            }
            return list;
        }

        private List<?> checkElements(List<?> list, Class<?> type, String typeName) {
            for (int i = 0; i < list.size(); i++) {
                Object v = list.get(i);
                if (!type.isInstance(v)) {
                    throw new ParamException("vectors[" + i + "] must be a " + typeName + " for " + vectorType
                            + " queries, got " + v.getClass().getSimpleName());
                }
            }
            return list;
        }
    }
}
