package io.partita.server.http;

/** A request body that cannot be turned into the RPC's request message: HTTP 400, error_code 5. */
final class BadRequestException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param detail what failed, e.g. {@code parse body failed: ...}; prefixed with {@code bad request: } */
    BadRequestException(String detail) {
        super("bad request: " + detail);
        this.detail = detail;
    }

    private final String detail;

    /** What failed, without the {@code bad request: } prefix (RESTful v2 prints its own). */
    String detail() {
        return detail;
    }
}
