package io.partita.param;

/** Names and limits shared with the server, as in the official SDK. */
public final class Constant {
    private Constant() {}

    /** Search-parameter key for the maximum number of hits per query vector. */
    public static final String VECTOR_TOPK = "topk";
    /** Search-parameter key naming the vector field to search. */
    public static final String VECTOR_FIELD = "anns_field";
    /** Search-parameter key whose value is the index-specific search parameters as JSON. */
    public static final String VECTOR_PARAM = "params";
    /** Parameter key for the metric type, in search and index parameters. */
    public static final String METRIC_TYPE = "metric_type";
    /** Search-parameter key for the number of decimals scores are rounded to; -1 means no rounding. */
    public static final String ROUND_DECIMAL = "round_decimal";
    /** Search- and query-parameter key: when {@code "true"}, growing segments are skipped. */
    public static final String IGNORE_GROWING = "ignore_growing";
    /** Index-parameter key for the index type. */
    public static final String INDEX_TYPE = "index_type";
    /** Index-parameter key whose value is the index build parameters as JSON. */
    public static final String PARAMS = "params";
    /** Type-parameter key for a vector field's dimension. */
    public static final String DIM = "dim";
    /** Type-parameter key for a VarChar field's maximum length, in bytes. */
    public static final String VARCHAR_MAX_LENGTH = "max_length";
    /** The name of the partition every collection is created with. */
    public static final String DEFAULT_PARTITION = "_default";
    /** Statistics key for the number of rows of a collection or partition. */
    public static final String ROW_COUNT = "row_count";
    /** Search- and query-parameter key for the time-travel timestamp (ignored by recent servers). */
    public static final String TRAVEL_TIMESTAMP = "travel_timestamp";
    /** Request key for the guarantee timestamp: reads see every write up to this hybrid timestamp. */
    public static final String GUARANTEE_TIMESTAMP = "guarantee_timestamp";
    /** Search- and query-parameter key for the staleness allowed under Bounded consistency, in milliseconds. */
    public static final String GRACEFUL_TIME = "graceful_time";

    /** The largest vector dimension. */
    public static final int MAX_DIMENSION = 32768;
    /** The default and largest number of partitions a collection may have (counting {@code _default}). */
    public static final int MAX_PARTITION_COUNT = 4096;
    /** The largest top-K of a search. */
    public static final int MAX_TOPK = 16384;
    /** The largest value of {@code max_length} for a VarChar field. */
    public static final int MAX_VARCHAR_LENGTH = 65535;
    /** Guarantee timestamp meaning "strong consistency" (legacy 2.1 semantics). */
    public static final long GUARANTEE_STRONG_TS = 0L;
    /** Guarantee timestamp meaning "eventual consistency" (legacy 2.1 semantics). */
    public static final long GUARANTEE_EVENTUALLY_TS = 1L;
}
