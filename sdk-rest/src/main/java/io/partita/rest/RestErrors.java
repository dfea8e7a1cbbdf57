package io.partita.rest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/**
 * Maps an HTTP call that got no usable answer onto Partita's one transport vocabulary, as
 * {@code sdk-core/SEAM.md} defines it, so the same failure raises the same code as over gRPC:
 * connection refused/reset → UNAVAILABLE, timeout (OkHttp's or the JDK client's) →
 * DEADLINE_EXCEEDED, 401 → UNAUTHENTICATED, 403 → PERMISSION_DENIED, 404/405/501 →
 * UNIMPLEMENTED, 413/429/431 → RESOURCE_EXHAUSTED, 2xx with an unusable body → ILLEGAL_RESPONSE,
 * 502/503/504 → UNAVAILABLE, other statuses → INTERNAL. Business errors never come here: they arrive as HTTP 200 with the Status inside.
 */
final class RestErrors {
    private static final int MAX_SNIPPET_CHARS = 200;

    private RestErrors() {}

    /** @return the failure for an HTTP status other than 200 */
    static TransportFailure failureOf(int httpStatus) {
        switch (httpStatus) {
            case 401:
                return TransportFailure.UNAUTHENTICATED;
            case 403:
                return TransportFailure.PERMISSION_DENIED;
            case 404:
            case 405:
            case 501:
                return TransportFailure.UNIMPLEMENTED;
            case 413:
            case 429:
            case 431:
                return TransportFailure.RESOURCE_EXHAUSTED;
            case 502:
            case 503:
            case 504:
                return TransportFailure.UNAVAILABLE;
            default:
                return TransportFailure.INTERNAL;
        }
    }

    /** @return the failure for an I/O error of the call; {@code deadlineHit} when the call timeout fired */
    static TransportFailure failureOf(IOException e, boolean deadlineHit) {
        if (deadlineHit
                || e instanceof SocketTimeoutException
                || e instanceof HttpTimeoutException
                || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
            return TransportFailure.DEADLINE_EXCEEDED;
        }
        if (e instanceof InterruptedIOException && "Canceled".equalsIgnoreCase(String.valueOf(e.getMessage()))) {
            return TransportFailure.CANCELLED;
        }
        if (e instanceof ConnectException
                || e instanceof NoRouteToHostException
                || e instanceof UnknownHostException
                || e instanceof SocketException
                || e instanceof SSLException) {
            return TransportFailure.UNAVAILABLE;
        }
        // unexpected end of stream, protocol errors: the connection broke before a full answer
        return TransportFailure.UNAVAILABLE;
    }

    static TransportException ofIo(String rpc, String target, IOException e, boolean deadlineHit) {
        TransportFailure f = failureOf(e, deadlineHit);
        return new TransportException(
                f,
                rpc + " to " + target + " failed (" + f + "): " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                e);
    }

    /**
     * @param body the answer's body, possibly HTML or empty; its reason (JSON) or a short
     *     snippet (anything else) goes into the message
     */
    static TransportException ofStatus(String rpc, String target, int httpStatus, String body) {
        TransportFailure f = failureOf(httpStatus);
        return new TransportException(
                f, rpc + " to " + target + " failed with HTTP " + httpStatus + " (" + f + ")" + detail(body));
    }

    /** @return RESOURCE_EXHAUSTED for an answer of {@code bytes} (or more) above {@code limitBytes} */
    static TransportException tooLarge(String rpc, String target, long bytes, long limitBytes) {
        return new TransportException(
                TransportFailure.RESOURCE_EXHAUSTED,
                rpc + " to " + target + ": the answer (" + bytes + " bytes or more) exceeds maxMessageSizeBytes "
                        + limitBytes);
    }

    static TransportException illegal(String rpc, String target, String what, Throwable cause) {
        return new TransportException(
                TransportFailure.ILLEGAL_RESPONSE, rpc + " to " + target + " got an unusable answer: " + what, cause);
    }

    private static String detail(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonElement e = JsonParser.parseString(body);
            if (e.isJsonObject()) {
                JsonObject o = e.getAsJsonObject();
                if (o.has("reason") && o.get("reason").isJsonPrimitive()) {
                    return ": " + o.get("reason").getAsString();
                }
            }
        } catch (RuntimeException notJson) {
            // fall through to a snippet
        }
        String flat = body.replaceAll("\\s+", " ").strip();
        return ": " + (flat.length() > MAX_SNIPPET_CHARS ? flat.substring(0, MAX_SNIPPET_CHARS) + "..." : flat);
    }
}
