package io.partita.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an answer body of the JDK's HTTP client as UTF-8 text, at most {@code limitBytes}: a
 * declared or received length above it cancels the body and fails with {@link TooLarge} after
 * reading at most {@code limitBytes + 1} bytes. Records when the last bytes arrived, so a
 * {@link BodyWatchdog} can enforce a read timeout and end it with {@link #fail}. The client calls
 * it from one thread at a time.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<String> {
    private final long limitBytes;
    private final long declaredBytes;
    private final CompletableFuture<String> text = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;
    private volatile long lastActivityNanos = System.nanoTime();
    private long receivedBytes;

    /** @param declaredBytes the answer's {@code Content-Length}, or -1 when it has none */
    LimitedBody(long limitBytes, long declaredBytes) {
        this.limitBytes = limitBytes;
        this.declaredBytes = declaredBytes;
    }

    /** The answer is larger than the limit; {@code bytes} is its declared length or the limit plus one. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long bytes;

        TooLarge(long bytes) {
            super("answer of " + bytes + " bytes or more");
            this.bytes = bytes;
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declaredBytes > limitBytes) {
            s.cancel();
            text.completeExceptionally(new TooLarge(declaredBytes));
        } else if (cancelled) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        lastActivityNanos = System.nanoTime();
        if (text.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            int n = b.remaining();
            if (receivedBytes + n > limitBytes) {
                subscription.cancel();
                text.completeExceptionally(new TooLarge(limitBytes + 1));
                return;
            }
            receivedBytes += n;
            byte[] chunk = new byte[n];
            b.get(chunk);
            bytes.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable t) {
        text.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        text.complete(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
    }

    @Override
    public CompletionStage<String> getBody() {
        return text;
    }

    /** @return {@link System#nanoTime()} when the headers or the last bytes arrived */
    long lastActivityNanos() {
        return lastActivityNanos;
    }

    /** Stops reading (the client closes the connection) and ends the body with {@code failure}. */
    void fail(IOException failure) {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        text.completeExceptionally(failure);
    }
}
