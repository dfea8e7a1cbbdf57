package io.partita.server.grpc;

import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.wire.ErrorCode;
import io.partita.wire.Status;

/**
 * Builds {@code common.Status}: success, or an {@link EngineException} copied field by field
 * (legacy {@code error_code}, 2.3+ {@code code}, {@code reason}, {@code retriable}).
 */
final class Statuses {
    /** error_code 0, code 0, empty reason. */
    static final Status SUCCESS =
            Status.newBuilder().setErrorCode(ErrorCode.Success).setCode(0).build();

    /** The reason sent for an exception the engine did not expect; details stay in the server log. */
    static final String UNEXPECTED_REASON = "unexpected error in the Partita reference server; see the server log";

    private Statuses() {}

    static Status of(EngineException e) {
        return Status.newBuilder()
                .setErrorCodeValue(e.legacyCode())
                .setCode(e.code())
                .setReason(e.reason() == null ? "" : e.reason())
                .setRetriable(e.retriable())
                .build();
    }

    static Status unexpected() {
        return Status.newBuilder()
                .setErrorCode(ErrorCode.UnexpectedError)
                .setCode(ErrorCodes.CODE_UNEXPECTED)
                .setReason(UNEXPECTED_REASON)
                .build();
    }

    /** A client mistake the adapter finds while decoding the wire (legacy IllegalArgument, code 1100). */
    static EngineException invalid(String reason) {
        return EngineException.of(ErrorCodes.ILLEGAL_ARGUMENT, ErrorCodes.CODE_PARAMETER_INVALID, reason);
    }
}
