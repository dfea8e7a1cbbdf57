package io.partita.transport;

/**
 * Why a call got no usable answer. One vocabulary for every transport: a gRPC transport maps
 * gRPC status codes onto it, an HTTP transport maps connection errors and HTTP statuses, so
 * the same failure yields the same code on either transport.
 *
 * <p>Each value carries the client-side {@code R} status number it becomes (negative, like the
 * official SDK's client codes) and the HTTP status that describes it.
 */
public enum TransportFailure {
    /** The server could not be reached or dropped the connection; gRPC UNAVAILABLE, HTTP 502/503. */
    UNAVAILABLE(-7, 503, true),
    /** The call's deadline passed before an answer arrived; gRPC DEADLINE_EXCEEDED, HTTP 504. */
    DEADLINE_EXCEEDED(-8, 504, false),
    /** Credentials missing or rejected; gRPC UNAUTHENTICATED, HTTP 401. */
    UNAUTHENTICATED(-9, 401, false),
    /** The call was cancelled (by the caller, by interruption or by the server); gRPC CANCELLED. */
    CANCELLED(-10, 499, false),
    /** The credentials are valid but lack the privilege; gRPC PERMISSION_DENIED, HTTP 403. */
    PERMISSION_DENIED(-11, 403, false),
    /** The server does not know this RPC or route; gRPC UNIMPLEMENTED, HTTP 404/501. */
    UNIMPLEMENTED(-12, 501, false),
    /** A size or rate limit of the transport was hit (message too large); gRPC RESOURCE_EXHAUSTED, HTTP 413/429. */
    RESOURCE_EXHAUSTED(-13, 429, true),
    /** An answer arrived but could not be decoded; HTTP 2xx with a broken body. */
    ILLEGAL_RESPONSE(-6, 502, false),
    /** Anything else: an internal or unknown transport error; gRPC INTERNAL/UNKNOWN, HTTP 500. */
    INTERNAL(-1, 500, false);

    private final int code;
    private final int httpStatus;
    private final boolean retriable;

    TransportFailure(int code, int httpStatus, boolean retriable) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.retriable = retriable;
    }

    /** @return the client-side status number an {@code R} reports for this failure */
    public int getCode() {
        return code;
    }

    /** @return the HTTP status that best describes this failure */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** @return whether the client's retry policy may resend the request after this failure */
    public boolean isRetriable() {
        return retriable;
    }
}
