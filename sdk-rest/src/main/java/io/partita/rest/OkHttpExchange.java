package io.partita.rest;

import io.partita.transport.TransportException;
import java.io.IOException;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.internal.tls.OkHostnameVerifier;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exchanges over OkHttp, for every method OkHttp carries with a body (POST, DELETE, PATCH): one
 * {@link OkHttpClient} (one connection pool), HTTP/1.1 on plain connections, no redirects.
 */
final class OkHttpExchange implements Exchange {
    private static final Logger LOG = LoggerFactory.getLogger(OkHttpExchange.class);
    private static final MediaType JSON = MediaType.get(HttpSettings.JSON_CONTENT_TYPE);

    private final OkHttpClient http;
    private final HttpSettings settings;

    private OkHttpExchange(OkHttpClient http, HttpSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    /** @param poolIdle how long a pooled connection may stay idle before it is closed */
    static OkHttpExchange create(HttpSettings s, Duration poolIdle) {
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .connectTimeout(s.connectTimeout)
                .readTimeout(s.readTimeout)
                .writeTimeout(s.readTimeout)
                .connectionPool(new ConnectionPool(5, poolIdle.toMillis(), TimeUnit.MILLISECONDS))
                .followRedirects(false)
                .followSslRedirects(false);
        if (s.proxy != null) {
            b.proxy(new Proxy(Proxy.Type.HTTP, s.proxy));
        }
        if (s.tls != null) {
            b.sslSocketFactory(s.tls.context.getSocketFactory(), s.tls.trustManager);
            if (s.serverName != null) {
                String serverName = s.serverName;
                b.hostnameVerifier((host, session) -> OkHostnameVerifier.INSTANCE.verify(serverName, session));
            }
        }
        return new OkHttpExchange(b.build(), s);
    }

    @Override
    public Reply send(String rpc, String method, String path, byte[] jsonBody, Duration deadline)
            throws TransportException {
        Request.Builder rq = new Request.Builder()
                .url(settings.url(path))
                .header("Accept", "application/json")
                .method(method, RequestBody.create(jsonBody, JSON));
        if (settings.authorization != null) {
            rq.header("Authorization", settings.authorization);
        }
        String requestId = settings.clientRequestId();
        if (requestId != null) {
            rq.header(HttpSettings.CLIENT_REQUEST_ID, requestId);
        }
        Call call = http.newCall(rq.build());
        if (deadline != null) {
            call.timeout().timeout(deadline.toNanos(), TimeUnit.NANOSECONDS);
        }
        long start = System.nanoTime();
        try (Response r = call.execute()) {
            return new Reply(r.code(), readLimited(rpc, r.body()));
        } catch (IOException e) {
            boolean deadlineHit = deadline != null && System.nanoTime() - start >= deadline.toNanos();
            LOG.debug("{} {} to {} failed", method, path, settings.target, e);
            throw RestErrors.ofIo(rpc, settings.target, e, deadlineHit);
        }
    }

    private String readLimited(String rpc, ResponseBody body) throws IOException, TransportException {
        if (body == null) {
            return "";
        }
        long limit = settings.maxResponseBytes;
        if (body.contentLength() > limit) {
            throw RestErrors.tooLarge(rpc, settings.target, body.contentLength(), limit);
        }
        BufferedSource source = body.source();
        if (source.request(limit + 1)) {
            throw RestErrors.tooLarge(rpc, settings.target, limit + 1, limit);
        }
        return source.readString(StandardCharsets.UTF_8);
    }

    /** Closes pooled connections and stops OkHttp's threads; synchronous calls in flight finish. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
