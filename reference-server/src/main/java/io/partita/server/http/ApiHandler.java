package io.partita.server.http;

import com.google.gson.JsonObject;
import com.google.protobuf.Message;
import io.grpc.StatusRuntimeException;
import io.partita.server.auth.Caller;
import io.partita.server.auth.CredentialHeader;
import io.partita.server.metrics.ServerMetrics;
import java.io.IOException;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /api/v1/*} (one RPC per route, see {@link Routes}), {@code /healthz} and
 * {@code /metrics}. A route's body is parsed into the RPC's request message, the gRPC service
 * declaration is called in-process, and its answer printed: HTTP 200 with the response
 * message for every answered call, whatever its Status says. Thread-safe; blocking.
 */
final class ApiHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final String JSON = "application/json; charset=utf-8";
    /** Milvus's {@code /healthz}: plain text {@code OK}. */
    private static final String TEXT = "text/plain; charset=utf-8";

    private final Routes routes;
    private final BasicAuth auth;
    private final RequestBodies bodies;
    private final ServerMetrics metrics;
    private final VectordbApi vectordb;

    /** @param auth null when the server's auth is off */
    ApiHandler(Routes routes, VectordbApi vectordb, ServerMetrics metrics, BasicAuth auth, long maxBodyBytes) {
        this.routes = routes;
        this.vectordb = vectordb;
        this.metrics = metrics;
        this.auth = auth;
        this.bodies = new RequestBodies(maxBodyBytes);
        metrics.gauge(
                "partita.http.request.body.bytes.in.flight",
                "Bytes of HTTP request bodies being read or handled now.",
                bodies,
                RequestBodies::inFlightBytes);
        metrics.gauge(
                "partita.http.request.body.budget.bytes",
                "Most bytes of HTTP request bodies held at once; past it bodies are refused with 429.",
                bodies,
                RequestBodies::budgetBytes);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        String method = effectiveMethod(request);
        String path = Request.getPathInContext(request);
        Answer a;
        String routeLabel = "other";
        try {
            if (path.equals("/healthz") || path.equals(Routes.PREFIX + "/health")) {
                a = new Answer(200, TEXT, "OK");
            } else if (path.equals("/metrics")) {
                a = new Answer(200, ServerMetrics.CONTENT_TYPE, metrics.scrape());
            } else if (path.startsWith(Routes.PREFIX + "/")) {
                String sub = path.substring(Routes.PREFIX.length());
                if (routes.knownPath(sub)) {
                    routeLabel = path;
                }
                a = api(request, response, method, sub);
            } else if (path.startsWith(VectordbApi.PREFIX + "/")) {
                String sub = path.substring(VectordbApi.PREFIX.length());
                if (vectordb.find(sub) != null) {
                    routeLabel = path;
                }
                a = v2(request, response, method, sub);
            } else {
                a = Answer.early(404, ErrorBodies.UNEXPECTED_ERROR, "no route " + method + " " + path);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // the last resort, as on the gRPC port: one log line, and a Milvus error rather than a 500
            LOG.warn("HTTP {} {} failed unexpectedly: {}", method, path, e.toString());
            a = Answer.early(
                    200,
                    ErrorBodies.UNEXPECTED_ERROR,
                    "unexpected error: " + e.getClass().getSimpleName());
        }
        response.setStatus(a.status());
        if (!a.bodyRead()) {
            // the request body was left unread: close rather than let the client reuse a connection Jetty will drop
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, a.contentType());
        metrics.recordHttp(method, routeLabel, a.status(), System.nanoTime() - start);
        Content.Sink.write(response, true, a.body(), callback);
        return true;
    }

    private Answer api(Request request, Response response, String method, String sub) {
        Route route = routes.find(method, sub).orElse(null);
        if (route == null) {
            return routes.knownPath(sub)
                    ? Answer.early(
                            405,
                            ErrorBodies.UNEXPECTED_ERROR,
                            "method " + method + " not allowed on " + Routes.PREFIX + sub)
                    : Answer.early(404, ErrorBodies.UNEXPECTED_ERROR, "no route " + method + " " + Routes.PREFIX + sub);
        }
        if (auth != null) {
            String refusal =
                    auth.refusal(request.getHeaders().get(HttpHeader.AUTHORIZATION), Request.getRemoteAddr(request));
            if (refusal != null) {
                response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, BasicAuth.CHALLENGE);
                return Answer.early(401, ErrorBodies.UNEXPECTED_ERROR, refusal);
            }
        }
        byte[] body;
        try {
            body = bodies.read(request);
        } catch (RequestBodies.Refused e) {
            int code = e.status() == 413 ? ErrorBodies.ILLEGAL_ARGUMENT : ErrorBodies.MEMORY_QUOTA_EXHAUSTED;
            return Answer.early(e.status(), code, e.getMessage());
        } catch (IOException e) {
            return Answer.early(400, ErrorBodies.ILLEGAL_ARGUMENT, "bad request: read body failed: " + e.getMessage());
        }
        try {
            Message req;
            try {
                req = JsonCodec.parse(route, body);
            } catch (BadRequestException e) {
                return Answer.error(400, ErrorBodies.ILLEGAL_ARGUMENT, e.getMessage());
            }
            try {
                Message call = req;
                return new Answer(200, JSON, JsonCodec.print(asCaller(request, () -> route.call(call))));
            } catch (StatusRuntimeException e) {
                return GrpcStatuses.toAnswer(route, e);
            }
        } finally {
            bodies.release(body.length);
        }
    }

    /**
     * A RESTful v2 route: POST only; every answered call is HTTP 200 with Milvus's
     * {@code {"code":…}} body, a body that is not a JSON object code 1801, missing credentials
     * HTTP 401 with code 1800 (handler_v2.go, merr.ErrNeedAuthenticate).
     */
    private Answer v2(Request request, Response response, String method, String sub) {
        VectordbApi.Handler h = vectordb.find(sub);
        if (h == null) {
            return new Answer(
                    404, JSON, VectordbApi.error(404, "no route " + method + " " + VectordbApi.PREFIX + sub), false);
        }
        if (!method.equals("POST")) {
            return new Answer(
                    405,
                    JSON,
                    VectordbApi.error(405, "method " + method + " not allowed on " + VectordbApi.PREFIX + sub),
                    false);
        }
        if (auth != null) {
            String refusal =
                    auth.refusal(request.getHeaders().get(HttpHeader.AUTHORIZATION), Request.getRemoteAddr(request));
            if (refusal != null) {
                return new Answer(
                        401,
                        JSON,
                        VectordbApi.error(V2Error.NEED_AUTHENTICATE, "user hasn't authenticated: " + refusal),
                        false);
            }
        }
        byte[] body;
        try {
            body = bodies.read(request);
        } catch (RequestBodies.Refused e) {
            return new Answer(
                    e.status(), JSON, VectordbApi.error(V2Error.INCORRECT_PARAMETER_FORMAT, e.getMessage()), false);
        } catch (IOException e) {
            return new Answer(400, JSON, VectordbApi.error(V2Error.INCORRECT_PARAMETER_FORMAT, e.getMessage()), false);
        }
        try {
            JsonObject json;
            try {
                json = JsonCodec.parseObject(body);
            } catch (BadRequestException e) {
                return new Answer(
                        200,
                        JSON,
                        VectordbApi.error(
                                V2Error.INCORRECT_PARAMETER_FORMAT,
                                "can only accept json format request, error: " + e.detail()));
            }
            // Milvus 2.4+ prints 64-bit integers as numbers unless the client asks otherwise
            boolean int64AsNumber =
                    !"false".equalsIgnoreCase(request.getHeaders().get("Accept-Type-Allow-Int64"));
            JsonObject parsed = json;
            return new Answer(200, JSON, asCaller(request, () -> vectordb.answer(h, parsed, int64AsNumber)));
        } finally {
            bodies.release(body.length);
        }
    }

    /**
     * Runs {@code call} as the request's authenticated user, so that the privilege check of the
     * RPC declarations sees the same caller as on the gRPC port; directly when auth is off.
     */
    private <T> T asCaller(Request request, Supplier<T> call) {
        if (auth == null) {
            return call.get();
        }
        CredentialHeader c = CredentialHeader.parse(request.getHeaders().get(HttpHeader.AUTHORIZATION));
        try {
            return Caller.callAs(c.user(), call::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The request's method, or for a POST the one named by {@code X-HTTP-Method-Override}: HTTP
     * clients that cannot send a body with GET (OkHttp, browsers' fetch) reach the GET routes so.
     */
    static String effectiveMethod(Request request) {
        String override = request.getHeaders().get("X-HTTP-Method-Override");
        if ("POST".equals(request.getMethod()) && override != null && !override.isBlank()) {
            return override.strip().toUpperCase(java.util.Locale.ROOT);
        }
        return request.getMethod();
    }

    /** What to send back: status, content type and body. */
    record Answer(int status, String contentType, String body, boolean bodyRead) {
        Answer(int status, String contentType, String body) {
            this(status, contentType, body, true);
        }

        static Answer error(int status, int errorCode, String reason) {
            return new Answer(status, JSON, ErrorBodies.of(errorCode, reason));
        }

        /** An error sent before the request body was read. */
        static Answer early(int status, int errorCode, String reason) {
            return new Answer(status, JSON, ErrorBodies.of(errorCode, reason), false);
        }
    }
}
