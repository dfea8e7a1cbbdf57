package io.partita.v2.exception;

/** What kind of failure a {@link MilvusClientException} reports, as in the official V2 API. */
public enum ErrorCode {
    /** Not a failure. */
    SUCCESS(0),
    /** The collection named by the request does not exist (client-side check). */
    COLLECTION_NOT_FOUND(1),
    /** The server answered with an error status; the server's codes are on the exception. */
    SERVER_ERROR(2),
    /** The request was rejected before it was sent: a required field is missing or a value is out of range. */
    INVALID_PARAMS(3),
    /** The client could not do its part (closed client, no transport, an answer it cannot read). */
    CLIENT_ERROR(4),
    /** No usable answer came back: unreachable server, cancelled call, unimplemented RPC. */
    RPC_ERROR(5),
    /** The call or the wait it implies (sync load, flush, index build) ran out of time. */
    TIMEOUT(6);

    private final int code;

    ErrorCode(int code) {
        this.code = code;
    }

    /** @return the number of the family */
    public int getCode() {
        return code;
    }
}
