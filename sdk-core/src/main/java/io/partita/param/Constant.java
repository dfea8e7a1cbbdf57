package io.partita.param;

/** Names and limits shared with the server, as in the official SDK. */
public final class Constant {
    private Constant() {}

    public static final String VECTOR_TOPK = "topk";
    public static final String VECTOR_FIELD = "anns_field";
    public static final String VECTOR_PARAM = "params";
    public static final String METRIC_TYPE = "metric_type";
    public static final String ROUND_DECIMAL = "round_decimal";
    public static final String IGNORE_GROWING = "ignore_growing";
    public static final String INDEX_TYPE = "index_type";
    public static final String PARAMS = "params";
    public static final String DIM = "dim";
    public static final String VARCHAR_MAX_LENGTH = "max_length";
    public static final String DEFAULT_PARTITION = "_default";
    public static final String ROW_COUNT = "row_count";
    public static final String TRAVEL_TIMESTAMP = "travel_timestamp";
    public static final String GUARANTEE_TIMESTAMP = "guarantee_timestamp";
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
