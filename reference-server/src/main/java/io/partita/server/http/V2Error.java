package io.partita.server.http;

/**
 * A RESTful v2 failure: Milvus's {@code code} and {@code message}, answered as
 * {@code {"code":N,"message":"..."}} with HTTP 200, as Milvus's v2 handlers do. The codes of the
 * HTTP layer are Milvus's (pkg/util/merr/errors.go, "high-level restful api related").
 */
final class V2Error extends Exception {
    private static final long serialVersionUID = 1L;

    /** merr.ErrNeedAuthenticate. */
    static final int NEED_AUTHENTICATE = 1800;
    /** merr.ErrIncorrectParameterFormat. */
    static final int INCORRECT_PARAMETER_FORMAT = 1801;
    /** merr.ErrMissingRequiredParameters. */
    static final int MISSING_REQUIRED_PARAMETERS = 1802;
    /** merr.ErrInvalidInsertData. */
    static final int INVALID_INSERT_DATA = 1804;
    /** merr.ErrCheckPrimaryKey. */
    static final int CHECK_PRIMARY_KEY = 1806;
    /** merr.ErrParameterInvalid. */
    static final int PARAMETER_INVALID = 1100;
    /** merr.ErrCollectionNotFound. */
    static final int COLLECTION_NOT_FOUND = 100;
    /** An unexpected failure (commonpb's 65535). */
    static final int UNEXPECTED = 65535;
    /** merr.ErrServiceUnimplemented (pkg/util/merr/errors.go): a call this server does not serve. */
    static final int SERVICE_UNIMPLEMENTED = 10;

    private final int code;

    V2Error(int code, String message) {
        super(message);
        this.code = code;
    }

    int code() {
        return code;
    }

    /** A required key absent or empty (Milvus: "missing required parameters, error: …"). */
    static V2Error missing(String key) {
        return new V2Error(MISSING_REQUIRED_PARAMETERS, "missing required parameters, error: " + key + " is required");
    }

    /** A call the server does not serve, worded as merr.WrapErrServiceUnimplemented words it. */
    static V2Error unimplemented(String what) {
        return new V2Error(SERVICE_UNIMPLEMENTED, "err: " + what + ": service unimplemented");
    }

    /** A body or value Milvus's JSON binding could not read. */
    static V2Error format(String why) {
        return new V2Error(INCORRECT_PARAMETER_FORMAT, "can only accept json format request, error: " + why);
    }

    /** Rows that cannot become columns of the collection. */
    static V2Error insertData(String why) {
        return new V2Error(INVALID_INSERT_DATA, "fail to deal the insert data, error: " + why);
    }
}
