package io.partita.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * One column's work split into contiguous ranges of floats, each checksummed (CRC32C) by one thread,
 * the checksums joined in order with {@link Crc32cCombine} into the one checksum the segment header
 * stores. The first range runs on the caller when it {@link #join joins} (a read), or every range runs
 * on helper threads from the start so the caller can read other columns meanwhile ({@link
 * #inBackground}, a mapped column's check). A range that fails stops the others and its failure is
 * the one thrown, never the cancellation it caused. Progress is reported on the joining thread only.
 */
final class ColumnRanges {
    /** One range's work: floats {@code [first, first + count)}, adding bytes done, polling stop. */
    interface RangeTask {
        int run(int first, int count, AtomicLong done, BooleanSupplier stop) throws IOException;
    }

    static final int MAX_PARTS = 4;

    private static final ThreadPoolExecutor HELPERS = helpers();

    private final int floats;
    private final int parts;
    private final int per;
    private final boolean callerRunsFirst;
    private final RangeTask task;
    private final BooleanSupplier cancelled;
    private final AtomicLong done = new AtomicLong();
    private final AtomicBoolean failed = new AtomicBoolean();
    private final List<Future<Integer>> helpers = new ArrayList<>();

    private ColumnRanges(int floats, int parts, boolean callerRunsFirst, RangeTask task, BooleanSupplier cancelled) {
        this.floats = floats;
        this.parts = parts;
        this.per = floats / parts;
        this.callerRunsFirst = callerRunsFirst;
        this.task = task;
        this.cancelled = cancelled;
        for (int i = callerRunsFirst ? 1 : 0; i < parts; i++) {
            int first = first(i);
            int count = count(i);
            helpers.add(HELPERS.submit(() -> {
                try {
                    return task.run(first, count, done, this::stopped);
                } catch (IOException e) {
                    failed.set(true);
                    throw new UncheckedIOException(e);
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                }
            }));
        }
    }

    /** Ranges whose first runs on the caller inside {@link #join}, the others on helpers already. */
    static ColumnRanges onCaller(int floats, int parts, RangeTask task, BooleanSupplier cancelled) {
        return new ColumnRanges(floats, parts, true, task, cancelled);
    }

    /** Ranges that all run on helpers from now on; {@link #join} only waits and combines. */
    static ColumnRanges inBackground(int floats, int parts, RangeTask task, BooleanSupplier cancelled) {
        return new ColumnRanges(floats, parts, false, task, cancelled);
    }

    /** The number of ranges a column of {@code bytes} is split into: one per processor above {@code min}. */
    static int parts(long bytes, long min) {
        if (bytes < min) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Runs the caller's range (if it has one), waits for the others and returns the column's checksum.
     *
     * @param progress called on this thread with the bytes every range has done since its previous call
     */
    int join(LongConsumer progress) throws IOException {
        Reporter reporter = new Reporter(done, progress);
        try {
            int crc = 0;
            for (int i = 0; i < parts; i++) {
                int part;
                if (i == 0 && callerRunsFirst) {
                    part = task.run(first(0), count(0), done, () -> {
                        reporter.report();
                        return stopped();
                    });
                } else {
                    part = await(helpers.get(callerRunsFirst ? i - 1 : i), reporter);
                }
                crc = i == 0 ? part : Crc32cCombine.combine(crc, part, 4L * count(i));
            }
            reporter.report();
            return crc;
        } catch (CancellationException e) {
            failed.set(true);
            throwFailureOfHelpers(); // a helper that failed stopped the others: its failure is the news
            throw e;
        } catch (IOException | RuntimeException e) {
            failed.set(true);
            throw e;
        }
    }

    /** Stops every range that is still running: the caller failed elsewhere and will not join. */
    void abandon() {
        failed.set(true);
    }

    private boolean stopped() {
        return failed.get() || cancelled.getAsBoolean();
    }

    private int first(int i) {
        return i * per;
    }

    private int count(int i) {
        return i == parts - 1 ? floats - first(i) : per;
    }

    private int await(Future<Integer> f, Reporter reporter) throws IOException {
        while (true) {
            try {
                return f.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                reporter.report();
                if (stopped()) {
                    throw new CancellationException("load cancelled");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("load interrupted");
            } catch (ExecutionException e) {
                throw rethrow(e.getCause());
            }
        }
    }

    private void throwFailureOfHelpers() throws IOException {
        for (Future<Integer> h : helpers) {
            try {
                h.get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof CancellationException)) {
                    throw rethrow(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A helper's failure as the column's work throws it: its I/O error, or its unchecked failure as it was. */
    private static IOException rethrow(Throwable cause) throws IOException {
        if (cause instanceof UncheckedIOException u) {
            throw u.getCause();
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IOException(cause);
    }

    /** Hands the bytes every thread has done to the joining thread's progress consumer. */
    private static final class Reporter {
        private final AtomicLong done;
        private final LongConsumer progress;
        private long reported;

        Reporter(AtomicLong done, LongConsumer progress) {
            this.done = done;
            this.progress = progress;
        }

        void report() {
            long d = done.get();
            if (d > reported) {
                progress.accept(d - reported);
                reported = d;
            }
        }
    }

    private static ThreadPoolExecutor helpers() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(MAX_PARTS, MAX_PARTS, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "partita-column-read-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
