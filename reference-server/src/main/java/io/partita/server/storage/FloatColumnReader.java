package io.partita.server.storage;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.CancellationException;
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
 * but pays a page-table fault per 64 KiB of file, which made the reader alone about a fifth slower;
 * see docs/benchmarks.md, "Loads: positional reads and checksummed mapped loads".) Columns of {@link #PARALLEL_MIN_BYTES} or more are
 * split into one contiguous range per processor ({@link ColumnRanges}); the caller reads the first
 * range, helper threads the others, and the ranges' checksums are joined into the one checksum the
 * segment header stores. A mapped column ({@code mmap.enabled}) is not read but checksummed the
 * same way, in the background while the caller reads the segment's other columns.
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
        return ColumnRanges.parts(bytes, PARALLEL_MIN_BYTES);
    }

    static Result read(
            FileChannel ch, long pos, int floats, int parts, LongConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        float[] out = new float[floats];
        ColumnRanges ranges = ColumnRanges.onCaller(
                floats,
                parts,
                (first, count, done, stop) -> readRange(ch, pos, out, first, count, done, stop),
                cancelled);
        return new Result(out, ranges.join(progress));
    }

    /**
     * Starts checksumming a mapped float column ({@code mmap.enabled}) on helper threads, {@link
     * #parts} ranges as {@link #read} has: every page of the region is read once, so a load that
     * maps its column still verifies it and leaves it resident in the page cache. The caller {@link
     * ColumnRanges#join joins} it for the CRC32C, or {@link ColumnRanges#abandon abandons} it.
     */
    static ColumnRanges checksumMapped(ByteBuffer region, BooleanSupplier cancelled) {
        return ColumnRanges.inBackground(
                region.capacity() / 4,
                parts(region.capacity()),
                (first, count, done, stop) -> checksumRange(region, first, count, done, stop),
                cancelled);
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
}
