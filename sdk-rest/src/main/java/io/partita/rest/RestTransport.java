package io.partita.rest;

import com.google.gson.JsonObject;
import io.partita.param.ConnectParam;
import io.partita.transport.CallOptions;
import io.partita.transport.Operation;
import io.partita.transport.Transport;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;

/**
 * Partita's {@link Transport} over HTTP/JSON: speaks the Milvus 2.1 HTTP API ({@code /api/v1},
 * port 9091 by default) to Partita's reference server or to a Milvus proxy (real Milvus 2.1 and
 * 2.3 serve it), with OkHttp, the JDK's HTTP client and Gson only — no gRPC, protobuf, Guava or
 * Netty on the classpath.
 *
 * <p><b>Wire.</b> Each operation is one route; the body is the request message as JSON with the
 * protocol's field names (Milvus 2.1's friendlier shapes for create-collection, insert, search
 * and calc-distance, see the codecs). The API's read routes are {@code GET} with a JSON body
 * ({@code GET /collection}, {@code /partitions}, {@code /index/state}...), and Milvus reads that
 * body only (query parameters are ignored, a POST to the route is 404). OkHttp never sends a body
 * with GET, so those routes go through the JDK's {@link java.net.http.HttpClient} as a real
 * {@code GET} with the body; every other route (POST, DELETE, PATCH) goes through OkHttp. Both
 * clients send the same headers ({@code Accept} and {@code Content-Type: application/json},
 * {@code Authorization}), speak HTTP/1.1 on plain connections, follow no redirects and apply the
 * same timeouts, size limit, TLS setup and error mapping. Every answered call is HTTP 200 with the
 * response message; its {@code Status} is returned inside the response value, untouched.
 *
 * <p><b>RESTful v2.</b> With a URI whose path starts with {@code /v2} (for example
 * {@code http://localhost:9091/v2/vectordb}) or {@link Builder#restfulV2(boolean)}, the operations
 * Milvus 2.4+'s RESTful v2 can express go to {@code POST /v2/vectordb/<category>/<action>} instead
 * (collections, partitions, aliases, index create/drop, users; see {@code V2Codecs}); the others
 * keep their {@code /api/v1} route. HybridSearch, which the 2.1 API has no route for, goes to
 * RESTful v2's {@code entities/hybrid_search} in both modes ({@code V2HybridSearchCodec}).
 *
 * <p><b>Connection.</b> One {@link okhttp3.OkHttpClient} (one connection pool) and one JDK
 * {@code HttpClient} per transport, reused by every call. {@code https} (or
 * {@link ConnectParam#isSecure()}) uses TLS with the CA or server PEM of the {@link ConnectParam}
 * (else the JVM's trust store), a client certificate and PKCS#8 key for mutual TLS, and
 * {@link ConnectParam#getServerName()} as the name to verify (on both clients). Credentials go as
 * HTTP Basic ({@code user:password}, or a {@code user:password} token); any other token as a
 * Bearer token. OkHttp's pooled connections idle for longer than
 * {@link ConnectParam#getIdleTimeout()} (at most 20 s, below common server idle timeouts) are
 * closed; the JDK client keeps idle connections as {@code jdk.httpclient.keepalive.timeout} says
 * and retries a GET whose pooled connection turned out closed.
 *
 * <p><b>Time.</b> Connect timeout: {@link ConnectParam#getConnectTimeout()}. Read timeout
 * (between bytes): {@link Builder#readTimeout(Duration)}, default none. Call timeout: the call's
 * {@link CallOptions#getDeadline()}, else {@link Builder#defaultCallTimeout(Duration)}, default
 * none. An expiry is {@link TransportFailure#DEADLINE_EXCEEDED}.
 *
 * <p><b>Errors.</b> A call that gets no usable answer throws {@link TransportException} with the
 * failure mapped as {@code SEAM.md} says (see {@link RestErrors}); an answer larger than
 * {@link ConnectParam#getMaxMessageSizeBytes()} is RESOURCE_EXHAUSTED (at most that many bytes
 * plus one are read).
 *
 * <p><b>Threading and ownership.</b> Thread-safe; share one instance between threads. Whoever
 * built the transport closes it; {@link #close()} is idempotent, after it every call fails with
 * {@link TransportFailure#UNAVAILABLE}. Both clients run on daemon threads, which close() stops
 * (the JDK client's once no GET is in flight).
 */
public final class RestTransport implements Transport {
    private static final CodecTable CODECS = V2Codecs.beyondV1(CodecTable.standard());
    private static final CodecTable V2_CODECS = V2Codecs.table(CODECS);
    private static final Duration MAX_POOL_IDLE = Duration.ofSeconds(20);

    private final Exchange exchange;
    private final CodecTable codecs;
    private final HttpUrl base;
    private final String target;
    private final String dbName;
    private final Duration defaultCallTimeout;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RestTransport(
            Exchange exchange, HttpSettings settings, String dbName, Duration defaultCallTimeout, boolean restfulV2) {
        this.exchange = exchange;
        this.codecs = restfulV2 ? V2_CODECS : CODECS;
        this.base = settings.base;
        this.target = settings.target;
        this.dbName = dbName == null ? "" : dbName;
        this.defaultCallTimeout = defaultCallTimeout;
    }

    /**
     * @param connectParam validated connection settings; {@code https} or {@code secure} turns TLS on
     * @return a new transport with default timeouts; the caller closes it
     * @throws TransportException when a TLS file cannot be read
     */
    public static RestTransport create(ConnectParam connectParam) throws TransportException {
        return builder(connectParam).build();
    }

    /** @return a builder for a transport with the given settings */
    public static Builder builder(ConnectParam connectParam) {
        return new Builder(connectParam);
    }

    @Override
    public <P, T> T call(Operation<P, T> operation, P param, CallOptions options) throws TransportException {
        if (closed.get()) {
            throw TransportException.closed(operation.getName(), target);
        }
        Codec<P, T> codec = codecs.get(operation);
        if (codec == null) {
            throw TransportException.unsupported(operation.getName(), "REST");
        }
        Duration deadline = options.getDeadline().orElse(defaultCallTimeout);
        String rpc = operation.getName();
        try {
            HttpCall http = new HttpCall() {
                @Override
                public JsonObject send(JsonObject body) throws TransportException {
                    return sendTo(operation, body);
                }

                @Override
                public JsonObject sendTo(Operation<?, ?> route, JsonObject body) throws TransportException {
                    return RestTransport.this.send(rpc, route, body, deadline);
                }

                @Override
                public JsonObject post(String v2Path, JsonObject body) throws TransportException {
                    return RestTransport.this.send(rpc, "POST", v2Path, body, deadline);
                }
            };
            T answer = codec.call(http, param, dbName);
            if (answer == null) {
                throw RestErrors.illegal(rpc, target, "no answer", null);
            }
            return answer;
        } catch (IllegalAnswerException e) {
            throw RestErrors.illegal(rpc, target, e.getMessage(), e);
        }
    }

    /** Sends to {@code route}'s place on the HTTP API, as read from the RPC catalogue. */
    private JsonObject send(String rpc, Operation<?, ?> route, JsonObject body, Duration deadline)
            throws TransportException {
        String method = route.getHttpMethod().orElse(null);
        String path = route.getHttpPath().orElse(null);
        if (method == null || path == null) {
            throw TransportException.unsupported(route.getName(), "REST");
        }
        return send(rpc, method, path, body, deadline);
    }

    private JsonObject send(String rpc, String method, String path, JsonObject body, Duration deadline)
            throws TransportException {
        Exchange.Reply reply =
                exchange.send(rpc, method, path, body.toString().getBytes(StandardCharsets.UTF_8), deadline);
        if (reply.status != 200) {
            throw RestErrors.ofStatus(rpc, target, reply.status, reply.text);
        }
        return JsonAnswers.parse(rpc, target, reply.text);
    }

    /** @return {@code host:port} this transport talks to */
    public String target() {
        return target;
    }

    /**
     * Closes pooled connections and stops both HTTP clients' threads. Idempotent; calls in flight
     * finish.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            exchange.close();
        }
    }

    @Override
    public String toString() {
        return "RestTransport{base=" + base + (codecs == V2_CODECS ? ", api=RESTful v2" : "") + ", db=" + dbName
                + ", closed=" + closed.get() + "}";
    }

    /** Configures a {@link RestTransport}. Not thread-safe. */
    public static final class Builder {
        private final ConnectParam connectParam;
        private Duration readTimeout = Duration.ZERO;
        private Duration defaultCallTimeout;
        private Boolean restfulV2;

        private Builder(ConnectParam connectParam) {
            this.connectParam = Objects.requireNonNull(connectParam, "connectParam");
        }

        /**
         * @param on {@code true} to speak Milvus 2.4+'s RESTful v2 ({@code /v2/vectordb}) where it
         *     can express the operation, {@code false} for Milvus 2.1's {@code /api/v1} only; unset,
         *     the URI decides: a path starting with {@code /v2} (e.g. {@code http://host:9091/v2/vectordb})
         *     turns RESTful v2 on
         * @return this
         */
        public Builder restfulV2(boolean on) {
            this.restfulV2 = on;
            return this;
        }

        /**
         * @param timeout longest wait between two bytes of an answer; {@link Duration#ZERO} (the
         *     default) waits forever and leaves the limit to the call deadline
         * @return this
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = nonNegative("readTimeout", timeout);
            return this;
        }

        /**
         * @param timeout the whole-call limit for calls whose {@link CallOptions} carry no
         *     deadline; {@code null} (the default) means none
         * @return this
         */
        public Builder defaultCallTimeout(Duration timeout) {
            this.defaultCallTimeout =
                    timeout == null || timeout.isZero() ? null : nonNegative("defaultCallTimeout", timeout);
            return this;
        }

        /**
         * @return the transport; the caller closes it
         * @throws TransportException when a TLS file is unreadable
         */
        public RestTransport build() throws TransportException {
            ConnectParam p = connectParam;
            boolean tls = p.isSecure() || "https".equals(p.getScheme());
            Duration idle = p.getIdleTimeout() == null
                            || p.getIdleTimeout().isZero()
                            || p.getIdleTimeout().compareTo(MAX_POOL_IDLE) > 0
                    ? MAX_POOL_IDLE
                    : p.getIdleTimeout();
            HttpUrl base = new HttpUrl.Builder()
                    .scheme(tls ? "https" : "http")
                    .host(p.getHost())
                    .port(p.getPort())
                    .addPathSegments("api/v1")
                    .build();
            HttpSettings settings = new HttpSettings(
                    base,
                    Credentials.header(p),
                    p.getMaxMessageSizeBytes(),
                    p.getConnectTimeout(),
                    readTimeout,
                    tls ? TlsContexts.clientTls(p) : null,
                    tls ? p.getServerName() : null,
                    p.getClientRequestId(),
                    proxy(p.getProxyAddress()));
            Exchange bodyGet = JdkBodyGetExchange.create(settings);
            Exchange exchange = new ExchangeByMethod(bodyGet, OkHttpExchange.create(settings, idle));
            boolean v2 = restfulV2 != null ? restfulV2 : wantsRestfulV2(p);
            return new RestTransport(exchange, settings, p.getDatabaseName(), defaultCallTimeout, v2);
        }

        /** @return the HTTP proxy of {@code host:port} (checked by ConnectParam), or null for none */
        private static java.net.InetSocketAddress proxy(String hostPort) {
            if (hostPort == null) {
                return null;
            }
            int colon = hostPort.lastIndexOf(':');
            return java.net.InetSocketAddress.createUnresolved(
                    hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
        }

        private static boolean wantsRestfulV2(ConnectParam p) {
            String path = p.getUri() == null ? null : p.getUri().getPath();
            return path != null && (path.equals("/v2") || path.startsWith("/v2/"));
        }

        private static Duration nonNegative(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, got " + d);
            }
            return d;
        }
    }
}
