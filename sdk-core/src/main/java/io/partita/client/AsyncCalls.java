package io.partita.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the {@code *Async} calls of {@link MilvusClient}: each call is the blocking call on a
 * shared pool of daemon threads ({@code partita-async-N}, at most 16, idle ones end after 30 s),
 * its {@code R} delivered through a {@link CompletableFuture}. An {@code R} carries every failure
 * of the call, so the future completes normally unless the call itself threw (a bug), which
 * completes it exceptionally. Thread-safe.
 */
final class AsyncCalls {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL;

    static {
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(16, 16, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "partita-async-" + THREADS.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        POOL = pool;
    }

    private AsyncCalls() {}

    static <T> CompletableFuture<T> run(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, POOL);
    }
}
