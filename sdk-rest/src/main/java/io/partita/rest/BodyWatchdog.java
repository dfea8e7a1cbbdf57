package io.partita.rest;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Fails an answer body that is still arriving once the call's deadline passes or no bytes came
 * for the read timeout, so a blocking {@code HttpClient.send} returns: the JDK client's own
 * request timeout stops at the answer's headers. One timer thread (daemon, started on first use,
 * ended after a few idle seconds) serves every call of one client. Thread-safe.
 */
final class BodyWatchdog {
    private final ScheduledThreadPoolExecutor timer;

    BodyWatchdog(String threadName) {
        timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        timer.setKeepAliveTime(5, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        timer.setRemoveOnCancelPolicy(true);
    }

    /**
     * Starts watching a body whose headers just arrived.
     *
     * @param startNanos {@link System#nanoTime()} when the call started
     * @param deadline the whole call's limit, {@code null} for none
     * @param readTimeout the longest wait for the next bytes, {@link Duration#ZERO} for none
     * @return the watch; cancel it once the call is over
     */
    Watch watch(LimitedBody body, long startNanos, Duration deadline, Duration readTimeout) {
        Watch w = new Watch(
                body,
                startNanos,
                deadline == null ? Long.MAX_VALUE : deadline.toNanos(),
                readTimeout.isZero() ? Long.MAX_VALUE : readTimeout.toNanos());
        w.check();
        return w;
    }

    /** Stops the timer thread; watches still pending never fire. */
    void shutdown() {
        timer.shutdownNow();
    }

    /** One body under watch. */
    final class Watch implements Runnable {
        private final LimitedBody body;
        private final long startNanos;
        private final long deadlineNanos;
        private final long readNanos;
        private volatile boolean over;
        private volatile ScheduledFuture<?> next;

        private Watch(LimitedBody body, long startNanos, long deadlineNanos, long readNanos) {
            this.body = body;
            this.startNanos = startNanos;
            this.deadlineNanos = deadlineNanos;
            this.readNanos = readNanos;
        }

        @Override
        public void run() {
            check();
        }

        private void check() {
            if (over || (deadlineNanos == Long.MAX_VALUE && readNanos == Long.MAX_VALUE)) {
                return;
            }
            long now = System.nanoTime();
            long toDeadline = deadlineNanos - (now - startNanos);
            long toReadTimeout = readNanos - (now - body.lastActivityNanos());
            if (toDeadline <= 0) {
                fail(new HttpTimeoutException(
                        "no complete answer within the deadline of " + Duration.ofNanos(deadlineNanos)));
            } else if (toReadTimeout <= 0) {
                fail(new HttpTimeoutException(
                        "no answer bytes within the read timeout of " + Duration.ofNanos(readNanos)));
            } else if (!timer.isShutdown()) {
                next = timer.schedule(this, Math.min(toDeadline, toReadTimeout), TimeUnit.NANOSECONDS);
            }
        }

        private void fail(IOException e) {
            over = true;
            body.fail(e);
        }

        /** The call is over: never fire. */
        void cancel() {
            over = true;
            ScheduledFuture<?> f = next;
            if (f != null) {
                f.cancel(false);
            }
        }
    }
}
