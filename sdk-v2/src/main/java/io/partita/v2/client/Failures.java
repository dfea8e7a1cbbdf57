package io.partita.v2.client;

import io.partita.exception.ClientNotConnectedException;
import io.partita.exception.LoadTimeoutException;
import io.partita.exception.MilvusServerException;
import io.partita.exception.MilvusTransportException;
import io.partita.exception.ParamException;
import io.partita.exception.WaitTimeoutException;
import io.partita.param.R;
import io.partita.transport.TransportFailure;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import java.util.function.Supplier;

/**
 * Turns sdk-core's {@link R} into a value or a {@link MilvusClientException}, the one error
 * vocabulary of the V2 API: a server error keeps both server codes and the reason exactly as sent
 * (as the official client's {@code RpcUtils.handleResponse} does: {@code serverErrCode} is the 2.3+
 * code, or the legacy code when the server sent only that); a rejected Param is INVALID_PARAMS; a
 * deadline or an unfinished wait is TIMEOUT; any other missing answer is RPC_ERROR.
 */
final class Failures {
    private Failures() {}

    /** @return the data of a successful result; otherwise throws */
    static <T> T orThrow(R<T> r) {
        if (r.isSuccess()) {
            return r.getData();
        }
        throw toException(r);
    }

    static MilvusClientException toException(R<?> r) {
        Exception e = r.getException();
        if (e instanceof MilvusServerException) {
            MilvusServerException s = (MilvusServerException) e;
            int code = s.getServerCode() != 0 ? s.getServerCode() : s.getErrorCode();
            return new MilvusClientException(ErrorCode.SERVER_ERROR, s.getReason(), code, s.getErrorCode());
        }
        if (e instanceof ParamException) {
            return new MilvusClientException(ErrorCode.INVALID_PARAMS, e.getMessage());
        }
        if (e instanceof WaitTimeoutException || e instanceof LoadTimeoutException) {
            return new MilvusClientException(ErrorCode.TIMEOUT, e.getMessage());
        }
        if (e instanceof MilvusTransportException) {
            TransportFailure f = ((MilvusTransportException) e).getFailure();
            ErrorCode family = f == TransportFailure.DEADLINE_EXCEEDED ? ErrorCode.TIMEOUT : ErrorCode.RPC_ERROR;
            // the official client's message is gRPC's "STATUS: description": the kind comes first
            String m = String.valueOf(e.getMessage());
            return new MilvusClientException(family, m.startsWith(f.name()) ? m : f.name() + ": " + m);
        }
        if (e instanceof ClientNotConnectedException) {
            return new MilvusClientException(ErrorCode.CLIENT_ERROR, e.getMessage());
        }
        return new MilvusClientException(ErrorCode.CLIENT_ERROR, e == null ? r.getMessage() : e.toString());
    }

    /** Runs a conversion that may reject its input with sdk-core's ParamException. */
    static <T> T params(Supplier<T> build) {
        try {
            return build.get();
        } catch (ParamException e) {
            throw new MilvusClientException(ErrorCode.INVALID_PARAMS, e.getMessage());
        }
    }
}
