package io.partita.param.dml;

import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.exception.ParamException;
import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a query iterator ({@code MilvusClient.queryIterator}): the rows matching
 * {@code expr}, in primary-key order, {@code batchSize} rows per {@code next()} call, at most
 * {@code limit} rows in all. The names, defaults and error texts are milvus-sdk-java 2.6's
 * {@code QueryIteratorParam}'s (read there: batch size 1000, limit -1 for unlimited,
 * {@code reduceStopForBest} true).
 *
 * <p>Immutable and thread-safe; lists are copied in and handed out unmodifiable.
 */
public final class QueryIteratorParam {
    /** The largest batch size, as the official client's {@code Constant.MAX_BATCH_SIZE}. */
    public static final long MAX_BATCH_SIZE = 16384L;
    /** The {@code limit} meaning "every matching row", as the official {@code Constant.UNLIMITED}. */
    public static final long UNLIMITED = -1L;

    private final String collectionName;
    private final List<String> partitionNames;
    private final List<String> outFields;
    private final String expr;
    private final ConsistencyLevelEnum consistencyLevel;
    private final long offset;
    private final long limit;
    private final long batchSize;
    private final boolean ignoreGrowing;
    private final boolean reduceStopForBest;
    private final Map<String, Object> exprTemplateValues;
    private final String timezone;

    private QueryIteratorParam(Builder b) {
        this.collectionName = b.collectionName;
        this.partitionNames = b.partitionNames;
        this.outFields = b.outFields;
        this.expr = b.expr;
        this.consistencyLevel = b.consistencyLevel;
        this.offset = b.offset;
        this.limit = b.limit;
        this.batchSize = b.batchSize;
        this.ignoreGrowing = b.ignoreGrowing;
        this.reduceStopForBest = b.reduceStopForBest;
        this.exprTemplateValues = b.exprTemplateValues;
        this.timezone = b.timezone;
    }

    /** @return the values of the expression's {@code {name}} placeholders, sent with every page; unmodifiable */
    public Map<String, Object> getExprTemplateValues() {
        return exprTemplateValues;
    }

    /** @return the time zone sent with every page; empty for the server's default */
    public String getTimezone() {
        return timezone;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return the partitions to read; empty for every loaded partition; unmodifiable */
    public List<String> getPartitionNames() {
        return partitionNames;
    }

    /** @return the fields each row carries (the primary key always); unmodifiable */
    public List<String> getOutFields() {
        return outFields;
    }

    /** @return the filter; empty for every row */
    public String getExpr() {
        return expr;
    }

    /** @return always 0: an iterator reads as of the snapshot its first call pins */
    public long getTravelTimestamp() {
        return 0L;
    }

    /** @return always 0: an iterator's pages carry the snapshot its first call pins */
    public long getGuaranteeTimestamp() {
        return 0L;
    }

    /** @return the bounded-consistency staleness in milliseconds (5000, not settable, as the official) */
    public long getGracefulTime() {
        return 5000L;
    }

    /** @return the consistency level; {@code null} for the collection's own */
    public ConsistencyLevelEnum getConsistencyLevel() {
        return consistencyLevel;
    }

    /** @return the rows skipped before the first page */
    public long getOffset() {
        return offset;
    }

    /** @return the most rows returned in all; {@link #UNLIMITED} for every row */
    public long getLimit() {
        return limit;
    }

    /** @return whether growing segments are left out (sent as {@code ignore_growing}; not applied by Partita) */
    public boolean isIgnoreGrowing() {
        return ignoreGrowing;
    }

    /** @return the {@code reduce_stop_for_best} query param of each page */
    public boolean isReduceStopForBest() {
        return reduceStopForBest;
    }

    /** @return the rows per {@code next()} call */
    public long getBatchSize() {
        return batchSize;
    }

    @Override
    public String toString() {
        return "QueryIteratorParam{collectionName=" + collectionName
                + ", partitionNames=" + partitionNames
                + ", outFields=" + outFields
                + ", expr=" + expr
                + ", consistencyLevel=" + consistencyLevel
                + ", offset=" + offset
                + ", limit=" + limit
                + ", batchSize=" + batchSize
                + ", ignoreGrowing=" + ignoreGrowing
                + ", reduceStopForBest=" + reduceStopForBest
                + "}";
    }

    /** Builder for {@link QueryIteratorParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private List<String> partitionNames = new ArrayList<>();
        private List<String> outFields = new ArrayList<>();
        private String expr = "";
        private ConsistencyLevelEnum consistencyLevel;
        private Long offset = 0L;
        private Long limit = UNLIMITED;
        private Long batchSize = 1000L;
        private Boolean ignoreGrowing = Boolean.FALSE;
        private Boolean reduceStopForBest = Boolean.TRUE;
        private Map<String, Object> exprTemplateValues = Map.of();
        private String timezone = "";

        /**
         * @param values the values of the expression's {@code {name}} placeholders, see
         *     {@link FilterTemplateValues}; default none
         * @return this
         */
        public Builder withExprTemplateValues(Map<String, ?> values) {
            this.exprTemplateValues = FilterTemplateValues.copyOf(values, "exprTemplateValues");
            return this;
        }

        /**
         * @param timezone the time zone TIMESTAMPTZ values are written in, sent with every page; default the server's
         * @return this
         */
        public Builder withTimezone(String timezone) {
            this.timezone = timezone == null ? "" : timezone;
            return this;
        }

        private Builder() {}

        /**
         * @param collectionName the collection to read
         * @return this
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }

        /**
         * @param consistencyLevel the level of the first call (later pages read its snapshot); {@code null} for the collection's own
         * @return this
         */
        public Builder withConsistencyLevel(ConsistencyLevelEnum consistencyLevel) {
            this.consistencyLevel = consistencyLevel;
            return this;
        }

        /**
         * @param partitionNames the partitions to read; replaces earlier ones
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
         * @param outFields the fields each row carries; replaces earlier ones
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
         * @param expr the filter; empty (the default) for every row
         * @return this
         */
        public Builder withExpr(String expr) {
            this.expr = expr;
            return this;
        }

        /**
         * @param offset rows skipped before the first page; default 0
         * @return this
         */
        public Builder withOffset(Long offset) {
            this.offset = offset;
            return this;
        }

        /**
         * @param limit the most rows returned in all; default {@link #UNLIMITED}
         * @return this
         */
        public Builder withLimit(Long limit) {
            this.limit = limit;
            return this;
        }

        /**
         * @param batchSize rows per {@code next()} call, 0 to {@link #MAX_BATCH_SIZE}; default 1000
         * @return this
         */
        public Builder withBatchSize(Long batchSize) {
            this.batchSize = batchSize;
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
         * @param reduceStopForBest the {@code reduce_stop_for_best} query param; default true
         * @return this
         */
        public Builder withReduceStopForBest(Boolean reduceStopForBest) {
            this.reduceStopForBest = reduceStopForBest;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws ParamException with the official client's texts for a bad offset, limit or batch size
         */
        public QueryIteratorParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            partitionNames = ParamUtils.checkPartitionNames(partitionNames, "partitionNames", true);
            outFields = ParamUtils.copyOf(outFields, "outFields");
            ParamUtils.checkNotNull(expr, "expr");
            ParamUtils.checkNotNull(offset, "offset");
            ParamUtils.checkNotNull(limit, "limit");
            ParamUtils.checkNotNull(batchSize, "batchSize");
            ParamUtils.checkNotNull(ignoreGrowing, "ignoreGrowing");
            ParamUtils.checkNotNull(reduceStopForBest, "reduceStopForBest");
            // texts of milvus-sdk-java 2.6 param/dml/QueryIteratorParam.Builder.build
            if (offset < 0) {
                throw new ParamException("The offset value cannot be less than 0");
            }
            if (limit != UNLIMITED && limit < 0) {
                throw new ParamException("The limit value cannot be less than 0");
            }
            checkBatchSize(batchSize);
            return new QueryIteratorParam(this);
        }
    }

    /**
     * The batch-size rule every iterator shares (V1 and V2, query and search).
     *
     * @param batchSize the rows per page asked for
     * @throws ParamException "batch size cannot be less than zero" or "batch size cannot be larger
     *     than 16384", the official clients' texts
     */
    public static void checkBatchSize(long batchSize) {
        if (batchSize < 0) {
            throw new ParamException("batch size cannot be less than zero");
        }
        if (batchSize > MAX_BATCH_SIZE) {
            throw new ParamException("batch size cannot be larger than " + MAX_BATCH_SIZE);
        }
    }
}
