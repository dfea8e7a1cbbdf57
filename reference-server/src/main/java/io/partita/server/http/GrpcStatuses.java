package io.partita.server.http;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * Maps the rare transport-level failures of the in-process service (no business error: those
 * travel inside the answer) onto HTTP: UNIMPLEMENTED → 501, UNAUTHENTICATED → 401,
 * PERMISSION_DENIED → 403, RESOURCE_EXHAUSTED → 429, anything else → 500 with
 * {@code error_code} 1, as Milvus 2.1's HTTP layer answered a failed proxy call.
 */
final class GrpcStatuses {
    private GrpcStatuses() {}

    static ApiHandler.Answer toAnswer(Route route, StatusRuntimeException e) {
        Status s = e.getStatus();
        int http = switch (s.getCode()) {
            case UNIMPLEMENTED -> 501;
            case UNAUTHENTICATED -> 401;
            case PERMISSION_DENIED -> 403;
            case RESOURCE_EXHAUSTED -> 429;
            case UNAVAILABLE -> 503;
            case DEADLINE_EXCEEDED -> 504;
            default -> 500;
        };
        String reason = s.getDescription() != null ? s.getDescription() : s.getCode() + " in " + route.rpc();
        if (s.getCode() == Status.Code.UNIMPLEMENTED) {
            reason = route.rpc() + " is not implemented by this server"
                    + (s.getDescription() == null ? "" : ": " + s.getDescription());
        }
        return ApiHandler.Answer.error(http, ErrorBodies.UNEXPECTED_ERROR, reason);
    }
}
