package io.partita.rest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.partita.param.ConnectParam;
import io.partita.transport.CallOptions;
import io.partita.transport.Operation;
import io.partita.transport.Transport;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Partita's {@link Transport} over HTTP/JSON: speaks the Milvus 2.1 HTTP API ({@code /api/v1},
 * port 9091 by default) to Partita's reference server or to a Milvus proxy, with OkHttp and Gson
 * only — no gRPC, protobuf, Guava or Netty on the classpath.
 *
 * <p><b>Wire.</b> Each operation is one route; the body is the request message as JSON with the
 * protocol's field names (Milvus 2.1's friendlier shapes for create-collection, insert, search
 * and calc-distance, see the codecs). GET routes carry a body too; since OkHttp cannot send one
 * with GET, they go as POST with {@code X-HTTP-Method-Override: GET}, which the reference server
 * honours. Every answered call is HTTP 200 with the response message; its {@code Status} is
 * returned inside the response value, untouched.
 *
 * <p><b>Connection.</b> One {@link OkHttpClient} (one connection pool) per transport, reused by
 * every call. {@code https} (or {@link ConnectParam#isSecure()}) uses TLS with the CA or server
 * PEM of the {@link ConnectParam} (else the JVM's trust store), a client certificate and PKCS#8
 * key for mutual TLS, and {@link ConnectParam#getServerName()} as the name to verify. Credentials
 * go as HTTP Basic ({@code user:password}, or a {@code user:password} token); any other token as
 * a Bearer token. Pooled connections idle for longer than {@link ConnectParam#getIdleTimeout()}
 * (at most 20 s, below common server idle timeouts) are closed.
 *
 * <p><b>Time.</b> Connect timeout: {@link ConnectParam#getConnectTimeout()}. Read timeout
 * (between bytes): {@link Builder#readTimeout(Duration)}, default none. Call timeout: the call's
 * {@link CallOptions#getDeadline()}, else {@link Builder#defaultCallTimeout(Duration)}, default
 * none. An expiry is {@link TransportFailure#DEADLINE_EXCEEDED}.
 *
 * <p><b>Errors.</b> A call that gets no usable answer throws {@link TransportException} with the
 * failure mapped as {@code SEAM.md} says (see {@link RestErrors}); an answer larger than
 * {@link ConnectParam#getMaxMessageSizeBytes()} is RESOURCE_EXHAUSTED.
 *
 * <p><b>Threading and ownership.</b> Thread-safe; share one instance between threads. Whoever
 * built the transport closes it; {@link #close()} is idempotent, after it every call fails with
 * {@link TransportFailure#UNAVAILABLE}.
 */
public final class RestTransport implements Transport {
    private static final Logger LOG = LoggerFactory.getLogger(RestTransport.class);
    private static final CodecTable CODECS = CodecTable.standard();
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Duration MAX_POOL_IDLE = Duration.ofSeconds(20);

    private final OkHttpClient http;
    private final HttpUrl base;
    private final String target;
    private final String dbName;
    private final String authorization;
    private final long maxResponseBytes;
    private final Duration defaultCallTimeout;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RestTransport(OkHttpClient http, HttpUrl base, String dbName, String authorization, long maxResponseBytes,
        Duration defaultCallTimeout) {
        this.http = http;
        this.base = base;
        this.target = base.host() + ":" + base.port();
        this.dbName = dbName == null ? "" : dbName;
        this.authorization = authorization;
        this.maxResponseBytes = maxResponseBytes;
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
            throw new TransportException(TransportFailure.UNAVAILABLE,
                operation.getName() + " to " + target + " refused: the transport is closed");
        }
        Codec<P, T> codec = CODECS.get(operation);
        if (codec == null) {
            throw new TransportException(TransportFailure.UNIMPLEMENTED,
                operation.getName() + " is not supported by the REST transport");
        }
        Duration deadline = options.getDeadline().orElse(defaultCallTimeout);
        String rpc = operation.getName();
        try {
            T answer = codec.call((method, path, body) -> send(rpc, method, path, body, deadline), param, dbName);
            if (answer == null) {
                throw RestErrors.illegal(rpc, target, "no answer", null);
            }
            return answer;
        } catch (IllegalAnswerException e) {
            throw RestErrors.illegal(rpc, target, e.getMessage(), e);
        }
    }

    private JsonObject send(String rpc, String method, String path, JsonObject body, Duration deadline)
        throws TransportException {
        RequestBody content = RequestBody.create(body.toString().getBytes(StandardCharsets.UTF_8), JSON);
        Request.Builder rq = new Request.Builder().url(base.newBuilder().addPathSegments(path.substring(1)).build())
            .header("Accept", "application/json");
        if (Routes.GET.equals(method)) {
            rq.post(content).header("X-HTTP-Method-Override", Routes.GET);
        } else {
            rq.method(method, content);
        }
        if (authorization != null) {
            rq.header("Authorization", authorization);
        }
        Call call = http.newCall(rq.build());
        if (deadline != null) {
            call.timeout().timeout(deadline.toNanos(), TimeUnit.NANOSECONDS);
        }
        long start = System.nanoTime();
        String text;
        int status;
        try (Response r = call.execute()) {
            status = r.code();
            text = readLimited(rpc, r.body());
        } catch (IOException e) {
            boolean deadlineHit = deadline != null && System.nanoTime() - start >= deadline.toNanos();
            LOG.debug("{} {} to {} failed", method, path, target, e);
            throw RestErrors.ofIo(rpc, target, e, deadlineHit);
        }
        if (status != 200) {
            throw RestErrors.ofStatus(rpc, target, status, text);
        }
        return parse(rpc, text);
    }

    private String readLimited(String rpc, ResponseBody body) throws IOException, TransportException {
        if (body == null) {
            return "";
        }
        if (body.contentLength() > maxResponseBytes) {
            throw tooLarge(rpc, body.contentLength());
        }
        BufferedSource source = body.source();
        if (source.request(maxResponseBytes + 1)) {
            throw tooLarge(rpc, maxResponseBytes + 1);
        }
        return source.readString(StandardCharsets.UTF_8);
    }

    private TransportException tooLarge(String rpc, long bytes) {
        return new TransportException(TransportFailure.RESOURCE_EXHAUSTED, rpc + " to " + target + ": the answer ("
            + bytes + " bytes or more) exceeds maxMessageSizeBytes " + maxResponseBytes);
    }

    private JsonObject parse(String rpc, String text) throws TransportException {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw RestErrors.illegal(rpc, target, "trailing data after the JSON answer", null);
            }
            if (!e.isJsonObject()) {
                throw RestErrors.illegal(rpc, target, "expected a JSON object, got " + shorten(text), null);
            }
            return e.getAsJsonObject();
        } catch (RuntimeException | IOException e) {
            throw RestErrors.illegal(rpc, target, "not JSON (" + e.getMessage() + "): " + shorten(text), e);
        }
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 120 ? flat.substring(0, 120) + "..." : flat;
    }

    /** @return {@code host:port} this transport talks to */
    public String target() {
        return target;
    }

    /** Closes pooled connections and stops OkHttp's threads. Idempotent; calls in flight finish. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "RestTransport{base=" + base + ", db=" + dbName + ", closed=" + closed.get() + "}";
    }

    /** Configures a {@link RestTransport}. Not thread-safe. */
    public static final class Builder {
        private final ConnectParam connectParam;
        private Duration readTimeout = Duration.ZERO;
        private Duration defaultCallTimeout;

        private Builder(ConnectParam connectParam) {
            this.connectParam = Objects.requireNonNull(connectParam, "connectParam");
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
            this.defaultCallTimeout = timeout == null || timeout.isZero() ? null : nonNegative("defaultCallTimeout", timeout);
            return this;
        }

        /**
         * @return the transport; the caller closes it
         * @throws TransportException when a TLS file is unreadable
         */
        public RestTransport build() throws TransportException {
            ConnectParam p = connectParam;
            boolean tls = p.isSecure() || "https".equals(p.getScheme());
            Duration idle = p.getIdleTimeout() == null || p.getIdleTimeout().isZero()
                || p.getIdleTimeout().compareTo(MAX_POOL_IDLE) > 0 ? MAX_POOL_IDLE : p.getIdleTimeout();
            OkHttpClient.Builder b = new OkHttpClient.Builder()
                .connectTimeout(p.getConnectTimeout())
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .connectionPool(new ConnectionPool(5, idle.toMillis(), TimeUnit.MILLISECONDS))
                .followRedirects(false);
            if (tls) {
                TlsContexts.Tls t = TlsContexts.clientTls(p);
                b.sslSocketFactory(t.context.getSocketFactory(), t.trustManager);
                String serverName = p.getServerName();
                if (serverName != null && !serverName.isEmpty()) {
                    b.hostnameVerifier((host, session) -> okhttp3.internal.tls.OkHostnameVerifier.INSTANCE.verify(serverName, session));
                }
            }
            HttpUrl base = new HttpUrl.Builder().scheme(tls ? "https" : "http").host(p.getHost()).port(p.getPort())
                .addPathSegments("api/v1").build();
            return new RestTransport(b.build(), base, p.getDatabaseName(), Credentials.header(p), p.getMaxMessageSizeBytes(),
                defaultCallTimeout);
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
