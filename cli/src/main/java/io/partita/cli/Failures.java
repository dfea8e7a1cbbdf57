package io.partita.cli;

import io.partita.exception.LoadTimeoutException;
import io.partita.exception.MilvusServerException;
import io.partita.exception.MilvusTransportException;
import io.partita.exception.ParamException;
import io.partita.exception.WaitTimeoutException;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a failure into one line for people, a JSON object for scripts, and an {@link ExitCodes exit code}. */
final class Failures {
    private Failures() {}

    static int exitCode(Throwable e) {
        if (e instanceof MilvusServerException) {
            return ExitCodes.SERVER_ERROR;
        }
        if (e instanceof MilvusClientException) { // Session.clientV2()'s one error type, by its family
            ErrorCode family = ((MilvusClientException) e).getErrorCode();
            return family == ErrorCode.INVALID_PARAMS
                    ? ExitCodes.USAGE
                    : family == ErrorCode.RPC_ERROR || family == ErrorCode.TIMEOUT
                            ? ExitCodes.TRANSPORT
                            : ExitCodes.SERVER_ERROR;
        }
        if (e instanceof ParamException || e instanceof UsageException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof LoadTimeoutException || e instanceof WaitTimeoutException) {
            return ExitCodes.TIMEOUT;
        }
        if (e instanceof MilvusTransportException) {
            return ExitCodes.TRANSPORT;
        }
        if (e instanceof InputException || e instanceof IOException || e instanceof UncheckedIOException) {
            return ExitCodes.INPUT;
        }
        return ExitCodes.SERVER_ERROR;
    }

    /** One line, e.g. {@code error: server error_code=1 code=0: releasing some partitions after load collection is not supported}. */
    static String line(Throwable e) {
        if (e instanceof MilvusServerException) {
            MilvusServerException s = (MilvusServerException) e;
            return "error: server error_code=" + s.getErrorCode() + " code=" + s.getServerCode() + ": "
                    + oneLine(s.getReason());
        }
        if (e instanceof MilvusClientException
                && ((MilvusClientException) e).getErrorCode() == ErrorCode.SERVER_ERROR) {
            // the V2 client keeps both codes: the legacy error_code and the 2.3+ code (or the legacy one again)
            MilvusClientException s = (MilvusClientException) e;
            return "error: server error_code=" + s.getLegacyServerCode() + " code=" + s.getServerErrCode() + ": "
                    + oneLine(s.getMessage());
        }
        if (e instanceof MilvusClientException && exitCode(e) == ExitCodes.USAGE) {
            return "error: invalid parameter: " + oneLine(e.getMessage());
        }
        if (e instanceof MilvusTransportException) {
            MilvusTransportException t = (MilvusTransportException) e;
            return "error: transport " + t.getFailure() + " (" + t.getStatus() + "): " + oneLine(t.getMessage());
        }
        if (e instanceof ParamException || e instanceof UsageException) {
            return "error: invalid parameter: " + oneLine(e.getMessage());
        }
        if (e instanceof LoadTimeoutException || e instanceof WaitTimeoutException) {
            return "error: timeout: " + oneLine(e.getMessage());
        }
        return "error: " + oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** The same failure as a JSON-ready object: {@code {"error": {...}}}. */
    static Map<String, Object> json(Throwable e) {
        Map<String, Object> error = new LinkedHashMap<>();
        if (e instanceof MilvusServerException) {
            MilvusServerException s = (MilvusServerException) e;
            error.put("kind", "server");
            error.put("error_code", s.getErrorCode());
            error.put("code", s.getServerCode());
            error.put("reason", s.getReason());
        } else if (e instanceof MilvusClientException
                && ((MilvusClientException) e).getErrorCode() == ErrorCode.SERVER_ERROR) {
            MilvusClientException s = (MilvusClientException) e;
            error.put("kind", "server");
            error.put("error_code", s.getLegacyServerCode());
            error.put("code", s.getServerErrCode());
            error.put("reason", s.getMessage());
        } else if (e instanceof MilvusTransportException) {
            MilvusTransportException t = (MilvusTransportException) e;
            error.put("kind", "transport");
            error.put("failure", t.getFailure().name());
            error.put("status", t.getStatus());
            error.put("reason", t.getMessage());
        } else {
            error.put(
                    "kind",
                    exitCode(e) == ExitCodes.USAGE ? "usage" : exitCode(e) == ExitCodes.TIMEOUT ? "timeout" : "local");
            error.put("reason", e.getMessage());
        }
        error.put("exit_code", exitCode(e));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("error", error);
        return root;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
    }
}
