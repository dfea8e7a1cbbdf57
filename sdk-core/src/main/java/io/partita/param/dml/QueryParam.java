package io.partita.param.dml;

import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Queries entities by a boolean expression.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class QueryParam {
    private final String collectionName;
    private final List<String> partitionNames;
    private final List<String> outFields;
    private final String expr;
    private final long travelTimestamp;
    private final long guaranteeTimestamp;
    private final long gracefulTime;
    private final ConsistencyLevelEnum consistencyLevel;
    private final long offset;
    private final long limit;
    private final boolean iterator;
    private final boolean reduceStopForBest;
    private final Map<String, Object> exprTemplateValues;
    private final Map<String, String> queryParams;
    private final String timezone;

    private QueryParam(Builder b) {
        this.collectionName = b.collectionName;
        this.partitionNames = b.partitionNames;
        this.outFields = b.outFields;
        this.expr = b.expr;
        this.travelTimestamp = b.travelTimestamp;
        this.guaranteeTimestamp = b.guaranteeTimestamp;
        this.gracefulTime = b.gracefulTime;
        this.consistencyLevel = b.consistencyLevel;
        this.offset = b.offset;
        this.limit = b.limit;
        this.iterator = b.iterator;
        this.reduceStopForBest = b.reduceStopForBest;
        this.exprTemplateValues = b.exprTemplateValues;
        this.queryParams = b.queryParams;
        this.timezone = b.timezone;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return the partitions to query; empty for all loaded partitions */
    public List<String> getPartitionNames() {
        return partitionNames;
    }

    /** @return the fields to return; empty for the primary key only */
    public List<String> getOutFields() {
        return outFields;
    }

    /** @return the boolean expression, e.g. {@code id in [1, 2]} */
    public String getExpr() {
        return expr;
    }

    /** @return the time-travel timestamp; 0 for now */
    public long getTravelTimestamp() {
        return travelTimestamp;
    }

    /** @return the guarantee timestamp (legacy consistency control) */
    public long getGuaranteeTimestamp() {
        return guaranteeTimestamp;
    }

    /** @return the bounded-consistency staleness, in milliseconds */
    public long getGracefulTime() {
        return gracefulTime;
    }

    /** @return the consistency level; {@code null} for the collection's own */
    public ConsistencyLevelEnum getConsistencyLevel() {
        return consistencyLevel;
    }

    /** @return the rows to skip; sent only with a positive {@link #getLimit() limit} */
    public long getOffset() {
        return offset;
    }

    /** @return the maximum rows to return; 0 for no limit */
    public long getLimit() {
        return limit;
    }

    /**
     * @return whether this is a query iterator's page: sent as the {@code iterator} query param,
     *     the server then answers in primary-key order with its {@code session_ts}
     */
    public boolean isIterator() {
        return iterator;
    }

    /** @return the {@code reduce_stop_for_best} query param sent with an iterator's page */
    public boolean isReduceStopForBest() {
        return reduceStopForBest;
    }

    /** @return the values of the expression's {@code {name}} placeholders; empty for none; unmodifiable */
    public Map<String, Object> getExprTemplateValues() {
        return exprTemplateValues;
    }

    /**
     * @return extra {@code query_params} pairs sent before {@code limit}, {@code offset} and the
     *     iterator's pairs (milvus-sdk-java 2.6's {@code QueryReq.queryParams}); empty for none; unmodifiable
     */
    public Map<String, String> getQueryParams() {
        return queryParams;
    }

    /** @return the time zone sent as the {@code timezone} query param; empty for the server's default */
    public String getTimezone() {
        return timezone;
    }

    @Override
    public String toString() {
        return "QueryParam{"
                + "collectionName=" + collectionName
                + ", partitionNames=" + partitionNames
                + ", outFields=" + outFields
                + ", expr=" + expr
                + ", travelTimestamp=" + travelTimestamp
                + ", guaranteeTimestamp=" + guaranteeTimestamp
                + ", gracefulTime=" + gracefulTime
                + ", consistencyLevel=" + consistencyLevel
                + ", offset=" + offset
                + ", limit=" + limit
                + (iterator ? ", iterator=true, reduceStopForBest=" + reduceStopForBest : "")
                + "}";
    }

    /** Builder for {@link QueryParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private List<String> partitionNames = List.of();
        private List<String> outFields = List.of();
        private String expr;
        private Long travelTimestamp = 0L;
        private Long guaranteeTimestamp;
        private boolean guaranteeTimestampGiven;
        private Long gracefulTime = 5000L;
        private ConsistencyLevelEnum consistencyLevel;
        private Long offset = 0L;
        private Long limit = 0L;
        private boolean iterator;
        private boolean reduceStopForBest;
        private Map<String, Object> exprTemplateValues = Map.of();
        private Map<String, String> queryParams = Map.of();
        private String timezone = "";

        private Builder() {}

        /**
         * @param collectionName the collection name
         * @return this
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }

        /**
         * @param partitionNames the partitions to query; empty for all loaded partitions
         * @return this
         */
        public Builder withPartitionNames(List<String> partitionNames) {
            this.partitionNames = partitionNames;
            return this;
        }

        /**
         * @param partitionName one more element of {@code partitionNames}
         * @return this
         */
        public Builder addPartitionName(String partitionName) {
            if (this.partitionNames == null) {
                this.partitionNames = new ArrayList<>();
            } else {
                this.partitionNames = new ArrayList<>(this.partitionNames);
            }
            this.partitionNames.add(partitionName);
            return this;
        }

        /**
         * @param outFields the fields to return; empty for the primary key only
         * @return this
         */
        public Builder withOutFields(List<String> outFields) {
            this.outFields = outFields;
            return this;
        }

        /**
         * @param outField one more element of {@code outFields}
         * @return this
         */
        public Builder addOutField(String outField) {
            if (this.outFields == null) {
                this.outFields = new ArrayList<>();
            } else {
                this.outFields = new ArrayList<>(this.outFields);
            }
            this.outFields.add(outField);
            return this;
        }

        /**
         * @param expr the boolean expression, e.g. {@code id in [1, 2]}
         * @return this
         */
        public Builder withExpr(String expr) {
            this.expr = expr;
            return this;
        }

        /**
         * @param travelTimestamp the time-travel timestamp; 0 for now; default 0
         * @return this
         */
        public Builder withTravelTimestamp(Long travelTimestamp) {
            this.travelTimestamp = travelTimestamp;
            return this;
        }

        /**
         * @param guaranteeTimestamp the guarantee timestamp (legacy consistency control); default 0 with {@code STRONG} consistency, else 1
         * @return this
         */
        public Builder withGuaranteeTimestamp(Long guaranteeTimestamp) {
            this.guaranteeTimestamp = guaranteeTimestamp;
            this.guaranteeTimestampGiven = true;
            return this;
        }

        /**
         * @param gracefulTime the bounded-consistency staleness, in milliseconds; default 5000
         * @return this
         */
        public Builder withGracefulTime(Long gracefulTime) {
            this.gracefulTime = gracefulTime;
            return this;
        }

        /**
         * @param consistencyLevel the consistency level; {@code null} for the collection's own
         * @return this
         */
        public Builder withConsistencyLevel(ConsistencyLevelEnum consistencyLevel) {
            this.consistencyLevel = consistencyLevel;
            return this;
        }

        /**
         * Rows to skip (Milvus 2.2+). As with the official client, the offset goes to the server
         * only together with a positive limit.
         *
         * @param offset the rows to skip; default 0
         * @return this
         */
        public Builder withOffset(Long offset) {
            this.offset = offset;
            return this;
        }

        /**
         * Maximum rows to return (Milvus 2.2+); 0 returns every matching row.
         *
         * @param limit the maximum rows; default 0
         * @return this
         */
        public Builder withLimit(Long limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Marks the query as an iterator's page (the {@code iterator} query param of milvus-sdk-java
         * 2.6's {@code QueryIterator}): rows come in primary-key order and the answer carries the
         * server's {@code session_ts}. Set by {@code io.partita.orm.iterator.QueryIterator}; plain
         * queries leave it off.
         *
         * @param iterator whether this is an iterator's page; default false
         * @return this
         */
        public Builder withIterator(Boolean iterator) {
            this.iterator = Boolean.TRUE.equals(iterator);
            return this;
        }

        /**
         * @param reduceStopForBest the {@code reduce_stop_for_best} query param sent with an
         *     iterator's page; default false
         * @return this
         */
        public Builder withReduceStopForBest(Boolean reduceStopForBest) {
            this.reduceStopForBest = Boolean.TRUE.equals(reduceStopForBest);
            return this;
        }

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
         * Extra {@code query_params} pairs, each value sent as its {@code String.valueOf} (as
         * milvus-sdk-java 2.6 sends {@code QueryReq.queryParams}); {@code limit}, {@code offset} and
         * the iterator's pairs are sent after them.
         *
         * @param params the pairs; default none
         * @return this
         */
        public Builder withQueryParams(Map<String, ?> params) {
            Map<String, String> copy = new LinkedHashMap<>();
            if (params != null) {
                params.forEach((k, v) -> copy.put(ParamUtils.checkNotEmpty(k, "queryParams key"), String.valueOf(v)));
            }
            this.queryParams = java.util.Collections.unmodifiableMap(copy);
            return this;
        }

        /**
         * @param timezone an IANA time zone such as {@code Asia/Shanghai}, sent as the
         *     {@code timezone} query param (Milvus 2.6 formats TIMESTAMPTZ values in it); default
         *     empty (the server's)
         * @return this
         */
        public Builder withTimezone(String timezone) {
            this.timezone = timezone == null ? "" : timezone;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public QueryParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            partitionNames = ParamUtils.checkPartitionNames(partitionNames, "partitionNames", true);
            outFields = ParamUtils.copyOf(outFields, "outFields");
            ParamUtils.checkNotEmpty(expr, "expr");
            ParamUtils.checkNotNull(travelTimestamp, "travelTimestamp");
            ParamUtils.checkRange(travelTimestamp, 0, Long.MAX_VALUE, "travelTimestamp");
            if (!guaranteeTimestampGiven) {
                guaranteeTimestamp = ParamUtils.defaultGuaranteeTimestamp(consistencyLevel);
            }
            ParamUtils.checkNotNull(guaranteeTimestamp, "guaranteeTimestamp");
            ParamUtils.checkRange(guaranteeTimestamp, 0, Long.MAX_VALUE, "guaranteeTimestamp");
            ParamUtils.checkNotNull(gracefulTime, "gracefulTime");
            ParamUtils.checkRange(gracefulTime, 0, Long.MAX_VALUE, "gracefulTime");
            ParamUtils.checkNotNull(offset, "offset");
            ParamUtils.checkRange(offset, 0, Long.MAX_VALUE, "offset");
            ParamUtils.checkNotNull(limit, "limit");
            ParamUtils.checkRange(limit, 0, Long.MAX_VALUE, "limit");
            // a consistency level is optional: null means the collection's own
            return new QueryParam(this);
        }
    }
}
