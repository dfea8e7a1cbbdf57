package io.partita.server.model;

/** Numbers used in {@link EngineException}: legacy {@code common.ErrorCode} and 2.3+ codes. */
public final class ErrorCodes {
    // legacy common.ErrorCode
    public static final int UNEXPECTED_ERROR = 1;
    public static final int COLLECTION_NOT_EXISTS = 4;
    public static final int ILLEGAL_ARGUMENT = 5;
    public static final int ILLEGAL_DIMENSION = 7;
    public static final int ILLEGAL_INDEX_TYPE = 8;
    public static final int ILLEGAL_COLLECTION_NAME = 9;
    public static final int ILLEGAL_TOPK = 10;
    public static final int ILLEGAL_METRIC_TYPE = 23;
    public static final int INDEX_NOT_EXIST = 25;
    public static final int META_FAILED = 15;
    public static final int MEMORY_QUOTA_EXHAUSTED = 53;
    public static final int NOT_READY_SERVE = 56;

    // 2.3+ codes (merr)
    public static final int CODE_SERVICE_NOT_READY = 1;
    public static final int CODE_MEMORY_LIMIT = 3;
    public static final int CODE_QUOTA_EXCEEDED = 9;
    public static final int CODE_COLLECTION_NOT_FOUND = 100;
    public static final int CODE_COLLECTION_NOT_LOADED = 101;
    public static final int CODE_PARTITION_NOT_FOUND = 200;
    public static final int CODE_PARTITION_NOT_LOADED = 201;
    public static final int CODE_INDEX_NOT_FOUND = 700;
    public static final int CODE_PARAMETER_INVALID = 1100;
    /** merr.ErrParameterMissing. */
    public static final int CODE_PARAMETER_MISSING = 1101;

    /** merr's ErrUndefined-range code segcore's {@code Unsupported} errors reach clients with. */
    public static final int CODE_SEGCORE_UNSUPPORTED = 999;

    public static final int CODE_UNEXPECTED = 65535;

    private ErrorCodes() {}

    /** The 2.3+ code a 2.1-style error with this legacy code is reported with. */
    public static int codeFor(int legacyCode) {
        switch (legacyCode) {
            case COLLECTION_NOT_EXISTS:
                return CODE_COLLECTION_NOT_FOUND;
            case ILLEGAL_ARGUMENT:
            case ILLEGAL_DIMENSION:
            case ILLEGAL_INDEX_TYPE:
            case ILLEGAL_COLLECTION_NAME:
            case ILLEGAL_TOPK:
            case ILLEGAL_METRIC_TYPE:
                return CODE_PARAMETER_INVALID;
            case INDEX_NOT_EXIST:
                return CODE_INDEX_NOT_FOUND;
            case NOT_READY_SERVE:
                return CODE_SERVICE_NOT_READY;
            default:
                return CODE_UNEXPECTED;
        }
    }
}
