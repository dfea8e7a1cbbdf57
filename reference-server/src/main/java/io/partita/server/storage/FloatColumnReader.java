package io.partita.server.storage;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
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
 * its CRC32C, in as few trips to memory as Java 17 allows: each {@link #BLOCK_BYTES} block is read
 * with a positional read into a small direct buffer that stays in the core's L2 cache, checksummed
 * there and copied into the array from there, so the page cache is read once and the array written
 * once. (A read-only mapping of the region was used before: it saves the kernel's copy into the block
 * but pays a page-table fault per 64 KiB of file, which made it 20–30 % slower; see
 * docs/benchmarks.md, "Loads: positional reads".) Columns of {@link #PARALLEL_MIN_BYTES} or more are
 * split into one contiguous range per processor (at most {@link #MAX_PARTS}); the caller reads the
 * first range, helper threads the others, and the ranges' checksums are joined with {@link
 * Crc32cCombine}, so the result is the one checksum the segment header stores.
 *
 * <p>Nothing that outlives a read refers to its buffers, so the loaded column is an ordinary heap
 * array. Segment files are immutable and checked against the header's size before a read; a file
 * that ends early all the same fails the read with an {@link EOFException}. Thread safe; progress is
 * reported on the calling thread only.
 */
final class FloatColumnReader {
    /** One read-checksum-copy step: small enough to stay in a core's L2 cache through all three. */
    static final int BLOCK_BYTES = 256 << 10;
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
        int crc = inParts(
                floats,
                parts,
                progress,
                cancelled,
                (first, count, done, stop) -> readRange(ch, pos, out, first, count, done, stop));
        return new Result(out, crc);
    }

    /**
     * The CRC32C of a mapped float column ({@code mmap.enabled}), computed by {@link #parts} threads
     * as {@link #read} computes it: every page of the region is read once, so a load that maps its
     * column still verifies it and leaves it resident in the page cache.
     */
    static int checksumMapped(ByteBuffer region, LongConsumer progress, BooleanSupplier cancelled) throws IOException {
        int floats = region.capacity() / 4;
        return inParts(
                floats,
                parts(region.capacity()),
                progress,
                cancelled,
                (first, count, done, stop) -> checksumRange(region, first, count, done, stop));
    }

    /** One range's work: floats {@code [first, first + count)}, adding bytes done, polling stop. */
    private interface RangeTask {
        int run(int first, int count, AtomicLong done, BooleanSupplier stop) throws IOException;
    }

    /** Runs {@code task} over {@code parts} contiguous ranges and joins their checksums in order. */
    private static int inParts(int floats, int parts, LongConsumer progress, BooleanSupplier cancelled, RangeTask task)
            throws IOException {
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
                        return task.run(first, count, done, stop);
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
            int crc = task.run(0, parts == 1 ? floats : per, done, () -> {
                reporter.report();
                return stop.getAsBoolean();
            });
            for (int i = 0; i < helpers.size(); i++) {
                int first = (i + 1) * per;
                int count = i + 1 == parts - 1 ? floats - first : per;
                crc = Crc32cCombine.combine(crc, await(helpers.get(i), reporter, stop), 4L * count);
            }
            reporter.report();
            return crc;
        } catch (CancellationException e) {
            // a helper that failed stops the other ranges with a cancellation: its failure is the news
            failed.set(true);
            throwFailureOf(helpers);
            throw e;
        } catch (IOException | RuntimeException e) {
            failed.set(true);
            throw e;
        }
    }

    /** Checksums floats {@code [first, first + count)} of a mapped region, block by block. */
    private static int checksumRange(ByteBuffer region, int first, int count, AtomicLong done, BooleanSupplier stop) {
        CRC32C crc = new CRC32C();
        long total = 4L * count;
        for (long off = 0; off < total; ) {
            if (stop.getAsBoolean()) {
                throw new CancellationException("load cancelled");
            }
            int n = (int) Math.min(BLOCK_BYTES, total - off);
            crc.update(region.slice(Math.toIntExact(4L * first + off), n));
            done.addAndGet(n);
            off += n;
        }
        return (int) crc.getValue();
    }

    /** Reads, checksums, then copies floats {@code [first, first + count)} of the body at {@code pos}. */
    private static int readRange(
            FileChannel ch, long pos, float[] out, int first, int count, AtomicLong done, BooleanSupplier stop)
            throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer block = ByteBuffer.allocateDirect(BLOCK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        FloatBuffer floats = block.asFloatBuffer();
        long total = 4L * count;
        long start = pos + 4L * first;
        for (long off = 0; off < total; ) {
            if (stop.getAsBoolean()) {
                throw new CancellationException("load cancelled");
            }
            int n = (int) Math.min(BLOCK_BYTES, total - off);
            block.clear().limit(n);
            while (block.hasRemaining()) {
                if (ch.read(block, start + off + block.position()) < 0) {
                    throw new EOFException("float column ends " + (total - off - block.position())
                            + " bytes early at byte " + (start + off + block.position()));
                }
            }
            crc.update(block.flip());
            floats.clear().limit(n / 4);
            floats.get(out, first + (int) (off / 4), n / 4);
            done.addAndGet(n);
            off += n;
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
                throw rethrow(e.getCause());
            }
        }
    }

    /** Throws the failure of the first helper that failed other than by cancellation, if any. */
    private static void throwFailureOf(List<Future<Integer>> helpers) throws IOException {
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

    /** A helper's failure as the read throws it: its I/O error, or its unchecked failure as it was. */
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
