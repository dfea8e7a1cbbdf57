package io.partita.server.http;

import com.google.gson.JsonObject;
import io.partita.server.model.Reasons;

/**
 * The error bodies of the HTTP API, shaped like a {@code common.Status} as Milvus 2.1 printed
 * them: {@code {"error_code": N, "reason": "..."}}. Reasons are bounded by {@link Reasons#bounded}.
 */
final class ErrorBodies {
    /** ErrorCode.UnexpectedError. */
    static final int UNEXPECTED_ERROR = 1;
    /** ErrorCode.IllegalArgument: what Milvus 2.1 answered for a body it could not parse. */
    static final int ILLEGAL_ARGUMENT = 5;

    /** ErrorCode.MemoryQuotaExhausted: a request refused because the server's memory budget is spent. */
    static final int MEMORY_QUOTA_EXHAUSTED = 53;

    private ErrorBodies() {}

    static String of(int errorCode, String reason) {
        JsonObject o = new JsonObject();
        o.addProperty("error_code", errorCode);
        o.addProperty("reason", Reasons.bounded(reason));
        return o.toString();
    }
}
