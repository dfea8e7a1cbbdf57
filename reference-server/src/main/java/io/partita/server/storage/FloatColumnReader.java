package io.partita.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
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
import java.util.zip.CRC32C;

/**
 * Reads a little-endian float column body of a segment file into one {@code float[]} and returns
 * its CRC32C, in as few passes over memory as Java 17 allows: the file region is memory-mapped
 * (read-only, in windows of at most {@link #WINDOW_BYTES}) and each {@link #BLOCK_BYTES} block is
 * checksummed straight from the page cache and then copied while it is still in the CPU cache, so
 * there is no kernel copy into an intermediate buffer and no second trip to memory for the
 * checksum. Columns of {@link #PARALLEL_MIN_BYTES} or more are split into one contiguous range per
 * processor (at most {@link #MAX_PARTS}); the caller reads the first range, helper threads the
 * others, and the ranges' checksums are joined with {@link Crc32cCombine}, so the result is the
 * one checksum the segment header stores.
 *
 * <p>The mappings are private to a read: nothing that outlives it refers to them (the JVM unmaps
 * them when they are collected), so the loaded column is an ordinary heap array whatever the
 * reader did. Segment files are immutable and checked against the header's size before a read,
 * so a mapped region is never truncated underneath it. Thread safe; progress is reported on the
 * calling thread only.
 */
final class FloatColumnReader {
    /** One checksum-then-copy step: small enough to stay in a core's L2 cache between the two. */
    static final int BLOCK_BYTES = 256 << 10;
    /** Largest single mapping (a MappedByteBuffer holds at most 2 GiB). */
    static final long WINDOW_BYTES = 256L << 20;
    /** Below this a column is read on the calling thread alone. */
    static final long PARALLEL_MIN_BYTES = 16L << 20;

    static final int MAX_PARTS = 4;

    private static final ThreadPoolExecutor HELPERS = helpers();

    private FloatColumnReader() {}

    /** What a read produced: the values and the CRC32C of their bytes as stored. */
    record Result(float[] values, int crc32c) {}

    /**
     * Reads {@code floats} floats starting at byte {@code pos} of {@code ch}, splitting the work
     * into {@link #parts} ranges.
     *
     * @param progress called on the calling thread with bytes read since its previous call
     * @param cancelled polled between blocks by every thread; true stops the read with {@link
     *     CancellationException}
     */
    static Result read(FileChannel ch, long pos, int floats, LongConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        return read(ch, pos, floats, parts(4L * floats), progress, cancelled);
    }

    /** The number of ranges a column of {@code bytes} is read in. */
    static int parts(long bytes) {
        if (bytes < PARALLEL_MIN_BYTES) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors()));
    }

    static Result read(
            FileChannel ch, long pos, int floats, int parts, LongConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        float[] out = new float[floats];
        AtomicLong done = new AtomicLong();
        AtomicBoolean failed = new AtomicBoolean();
        BooleanSupplier stop = () -> failed.get() || cancelled.getAsBoolean();
        int per = floats / parts;
        List<Future<Integer>> helpers = new ArrayList<>(parts - 1);
        try {
            for (int i = 1; i < parts; i++) {
                int first = i * per;
                int count = i == parts - 1 ? floats - first : per;
                helpers.add(HELPERS.submit(() -> {
                    try {
                        return readRange(ch, pos, out, first, count, done, stop);
                    } catch (IOException e) {
                        failed.set(true);
                        throw new UncheckedIOException(e);
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                }));
            }
            Reporter reporter = new Reporter(done, progress);
            int crc = readRange(ch, pos, out, 0, parts == 1 ? floats : per, done, () -> {
                reporter.report();
                return stop.getAsBoolean();
            });
            for (int i = 0; i < helpers.size(); i++) {
                int first = (i + 1) * per;
                int count = i + 1 == parts - 1 ? floats - first : per;
                crc = Crc32cCombine.combine(crc, await(helpers.get(i), reporter, stop), 4L * count);
            }
            reporter.report();
            return new Result(out, crc);
        } catch (IOException | RuntimeException e) {
            failed.set(true);
            throw e;
        }
    }

    /** Checksums, then copies, floats {@code [first, first + count)} of the body at {@code pos}. */
    private static int readRange(
            FileChannel ch, long pos, float[] out, int first, int count, AtomicLong done, BooleanSupplier stop)
            throws IOException {
        CRC32C crc = new CRC32C();
        long total = 4L * count;
        long start = pos + 4L * first;
        for (long off = 0; off < total; ) {
            long window = Math.min(WINDOW_BYTES, total - off);
            MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, start + off, window);
            m.order(ByteOrder.LITTLE_ENDIAN);
            FloatBuffer floats = m.asFloatBuffer();
            int at = first + (int) (off / 4);
            for (int b = 0; b < window; b += BLOCK_BYTES) {
                if (stop.getAsBoolean()) {
                    throw new CancellationException("load cancelled");
                }
                int n = (int) Math.min(BLOCK_BYTES, window - b);
                ByteBuffer block = m.limit(b + n).position(b);
                crc.update(block);
                floats.position(b / 4);
                floats.get(out, at + b / 4, n / 4);
                done.addAndGet(n);
            }
            off += window;
        }
        return (int) crc.getValue();
    }

    private static int await(Future<Integer> f, Reporter reporter, BooleanSupplier stop) throws IOException {
        while (true) {
            try {
                return f.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                reporter.report();
                if (stop.getAsBoolean()) {
                    throw new CancellationException("load cancelled");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("load interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw new IOException(cause);
            }
        }
    }

    /** Hands the bytes every thread has read to the caller's progress consumer, on the caller. */
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
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                MAX_PARTS - 1, MAX_PARTS - 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "partita-column-read-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
