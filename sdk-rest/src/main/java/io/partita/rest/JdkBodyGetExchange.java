package io.partita.rest;

import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exchanges for the routes that are {@code GET} with a JSON body (the Milvus 2.1 HTTP API's read
 * routes), over the JDK's {@link HttpClient}, because OkHttp never sends a body with GET. Kept
 * equal to {@link OkHttpExchange}: HTTP/1.1 only (no h2c upgrade), the same headers, connect
 * timeout, per-call deadline, read timeout, no redirects, at most {@code maxResponseBytes + 1}
 * bytes read, the same TLS context, with {@code serverName} verified through
 * {@link ServerNameTrustManager}.
 *
 * <p>Time: the JDK client's request timeout, set to the earlier of the deadline and the read
 * timeout, covers the wait for the answer's headers; a {@link BodyWatchdog} covers the body.
 *
 * <p>The client runs on an executor of its own (daemon threads {@code partita-rest-get-*}, the
 * watchdog's timer too). {@link #close()} refuses new exchanges and, once none is in flight,
 * shuts both down and, on Java 21 and later, the client ({@code shutdownNow}, found reflectively since this
 * module compiles for Java 11; before 21 the client's selector thread ends when the client is
 * no longer reachable). Idle connections are kept as the JDK decides
 * ({@code jdk.httpclient.keepalive.timeout}); a stale one is retried by the client, GET being
 * idempotent.
 */
final class JdkBodyGetExchange implements Exchange {
    private static final Logger LOG = LoggerFactory.getLogger(JdkBodyGetExchange.class);
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final HttpClient client;
    private final ExecutorService executor;
    private final BodyWatchdog watchdog;
    private final HttpSettings settings;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean released = new AtomicBoolean();

    private JdkBodyGetExchange(
            HttpClient client, ExecutorService executor, BodyWatchdog watchdog, HttpSettings settings) {
        this.client = client;
        this.executor = executor;
        this.watchdog = watchdog;
        this.settings = settings;
    }

    /** @throws TransportException when the TLS context for {@code serverName} cannot be made */
    static JdkBodyGetExchange create(HttpSettings s) throws TransportException {
        String prefix = "partita-rest-get-" + CLIENTS.incrementAndGet() + "-";
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, prefix + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        HttpClient.Builder b = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor);
        if (!s.connectTimeout.isZero()) {
            b.connectTimeout(s.connectTimeout);
        }
        if (s.proxy != null) {
            b.proxy(java.net.ProxySelector.of(s.proxy));
        }
        try {
            if (s.tls != null) {
                b.sslContext(s.serverName == null ? s.tls.context : s.tls.verifying(s.serverName));
            }
            return new JdkBodyGetExchange(b.build(), executor, new BodyWatchdog(prefix + "timer"), s);
        } catch (TransportException | RuntimeException e) {
            executor.shutdown();
            throw e;
        }
    }

    @Override
    public Reply send(String rpc, String method, String path, byte[] jsonBody, Duration deadline)
            throws TransportException {
        inFlight.incrementAndGet();
        try {
            if (closed.get()) {
                throw TransportException.closed(rpc, settings.target);
            }
            return exchange(rpc, method, path, jsonBody, deadline);
        } finally {
            if (inFlight.decrementAndGet() == 0 && closed.get()) {
                release();
            }
        }
    }

    private Reply exchange(String rpc, String method, String path, byte[] jsonBody, Duration deadline)
            throws TransportException {
        HttpRequest.Builder rq = HttpRequest.newBuilder(settings.url(path).uri())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(jsonBody))
                .header("Accept", "application/json")
                .header("Content-Type", HttpSettings.JSON_CONTENT_TYPE);
        if (settings.authorization != null) {
            rq.header("Authorization", settings.authorization);
        }
        String requestId = settings.clientRequestId();
        if (requestId != null) {
            rq.header(HttpSettings.CLIENT_REQUEST_ID, requestId);
        }
        Duration untilHeaders = earlier(deadline, settings.readTimeout.isZero() ? null : settings.readTimeout);
        if (untilHeaders != null) {
            rq.timeout(untilHeaders);
        }
        long start = System.nanoTime();
        AtomicReference<BodyWatchdog.Watch> watch = new AtomicReference<>();
        try {
            // The blocking send, not sendAsync: sendAsync hands its answer to another pool before
            // the caller sees it, which costs a thread switch per call.
            HttpResponse<String> r = client.send(rq.build(), info -> {
                LimitedBody b = new LimitedBody(
                        settings.maxResponseBytes,
                        info.headers().firstValueAsLong("Content-Length").orElse(-1));
                watch.set(watchdog.watch(b, start, deadline, settings.readTimeout));
                return b;
            });
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            LimitedBody.TooLarge tooLarge = cause(e, LimitedBody.TooLarge.class);
            if (tooLarge != null) {
                throw RestErrors.tooLarge(rpc, settings.target, tooLarge.bytes, settings.maxResponseBytes);
            }
            boolean deadlineHit = deadline != null && System.nanoTime() - start >= deadline.toNanos();
            LOG.debug("{} {} to {} failed", method, path, settings.target, e);
            throw RestErrors.ofIo(rpc, settings.target, e, deadlineHit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(
                    TransportFailure.CANCELLED, rpc + " to " + settings.target + " interrupted", e);
        } catch (RuntimeException e) {
            // the client refuses to start the exchange (e.g. it was shut down)
            throw RestErrors.ofIo(rpc, settings.target, new IOException(e.getMessage(), e), false);
        } finally {
            BodyWatchdog.Watch w = watch.get();
            if (w != null) {
                w.cancel();
            }
        }
    }

    private static Duration earlier(Duration a, Duration b) {
        return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
    }

    /** @return the first {@code type} in the cause chain (the blocking send re-wraps the original failure) */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && inFlight.get() == 0) {
            release();
        }
    }

    private void release() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        try {
            Method shutdownNow = HttpClient.class.getMethod("shutdownNow");
            shutdownNow.invoke(client);
        } catch (NoSuchMethodException beforeJava21) {
            // nothing to call: the selector thread ends once the client is unreachable
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("shutting the JDK HTTP client down failed", e);
        }
        executor.shutdown();
        watchdog.shutdown();
    }
}
