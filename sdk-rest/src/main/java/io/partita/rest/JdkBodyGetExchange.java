package io.partita.rest;

import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * <p>The client runs on an executor of its own (daemon threads {@code partita-rest-get-*}).
 * {@link #close()} refuses new exchanges and, once none is in flight, shuts the executor down
 * and, on Java 21 and later, the client ({@code shutdownNow}, found reflectively since this
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
    private final HttpSettings settings;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean released = new AtomicBoolean();

    private JdkBodyGetExchange(HttpClient client, ExecutorService executor, HttpSettings settings) {
        this.client = client;
        this.executor = executor;
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
        try {
            if (s.tls != null) {
                b.sslContext(s.serverName == null ? s.tls.context : s.tls.verifying(s.serverName));
            }
            return new JdkBodyGetExchange(b.build(), executor, s);
        } catch (TransportException | RuntimeException e) {
            executor.shutdown();
            throw e;
        }
    }

    @Override
    public Reply send(String rpc, String method, String path, byte[] jsonBody, Duration deadline) throws TransportException {
        inFlight.incrementAndGet();
        try {
            if (closed.get()) {
                throw new TransportException(TransportFailure.UNAVAILABLE,
                    rpc + " to " + settings.target + " refused: the transport is closed");
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
        if (deadline != null) {
            rq.timeout(deadline);
        }
        long start = System.nanoTime();
        AtomicReference<LimitedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<String>> answer;
        try {
            answer = client.sendAsync(rq.build(), info -> {
                LimitedBody b = new LimitedBody(settings.maxResponseBytes,
                    info.headers().firstValueAsLong("Content-Length").orElse(-1));
                body.set(b);
                return b;
            });
        } catch (RuntimeException e) {
            // the client refuses to start (e.g. it was shut down)
            throw RestErrors.ofIo(rpc, settings.target, new IOException(e.getMessage(), e), false);
        }
        try {
            HttpResponse<String> r = await(answer, body, start, deadline);
            return new Reply(r.statusCode(), r.body());
        } catch (LimitedBody.TooLarge e) {
            throw RestErrors.tooLarge(rpc, settings.target, e.bytes, settings.maxResponseBytes);
        } catch (IOException e) {
            abort(answer, body);
            boolean deadlineHit = deadline != null && System.nanoTime() - start >= deadline.toNanos();
            LOG.debug("{} {} to {} failed", method, path, settings.target, e);
            throw RestErrors.ofIo(rpc, settings.target, e, deadlineHit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort(answer, body);
            throw new TransportException(TransportFailure.CANCELLED, rpc + " to " + settings.target + " interrupted", e);
        }
    }

    /**
     * Waits for the whole answer, at most until the deadline and at most the read timeout since
     * the call started, the headers arrived or the last bytes arrived.
     */
    private HttpResponse<String> await(CompletableFuture<HttpResponse<String>> answer, AtomicReference<LimitedBody> body,
        long start, Duration deadline) throws IOException, InterruptedException {
        long deadlineNanos = deadline == null ? Long.MAX_VALUE : deadline.toNanos();
        long readNanos = settings.readTimeout.isZero() ? Long.MAX_VALUE : settings.readTimeout.toNanos();
        while (true) {
            long now = System.nanoTime();
            LimitedBody b = body.get();
            long idleSince = b == null ? start : Math.max(start, b.lastActivityNanos());
            long toDeadline = deadlineNanos - (now - start);
            long toReadTimeout = readNanos - (now - idleSince);
            if (toDeadline <= 0) {
                throw new HttpTimeoutException("no complete answer within the deadline of " + deadline);
            }
            if (toReadTimeout <= 0) {
                throw new SocketTimeoutException("no answer bytes for the read timeout of " + settings.readTimeout);
            }
            long waitNanos = Math.min(toDeadline, toReadTimeout);
            try {
                return waitNanos == Long.MAX_VALUE ? answer.get() : answer.get(waitNanos, TimeUnit.NANOSECONDS);
            } catch (TimeoutException checkAgain) {
                // the loop decides whether bytes arrived meanwhile
            } catch (ExecutionException e) {
                throw io(e.getCause());
            }
        }
    }

    private static IOException io(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof IOException ? (IOException) t : new IOException(String.valueOf(t), t);
    }

    private static void abort(CompletableFuture<?> answer, AtomicReference<LimitedBody> body) {
        answer.cancel(true);
        LimitedBody b = body.get();
        if (b != null) {
            b.cancel();
        }
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
    }
}
