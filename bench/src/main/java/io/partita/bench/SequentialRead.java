package io.partita.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The baselines of a load: a plain sequential read of files through a 4 MiB direct buffer, data
 * discarded ({@link #readAll}: the destination stays in the CPU cache), and a read that keeps the
 * bytes, each file into a fresh heap array of its size ({@link #readIntoHeap}: what any Java
 * program that holds the data pays, one zeroed allocation and one copy into memory); and the floor
 * of any load onto the heap, {@link #freshCopy}: a fresh array of the column's size filled by two
 * threads from an array already in memory, no file involved.
 */
final class SequentialRead {
    private SequentialRead() {}

    static List<Path> segmentFiles(Path dataDir) throws IOException {
        try (Stream<Path> s = Files.walk(dataDir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".seg"))
                    .sorted()
                    .toList();
        }
    }

    /** Reads every file fully; returns the bytes read. */
    static long readAll(List<Path> files) throws IOException {
        ByteBuffer b = ByteBuffer.allocateDirect(4 << 20);
        long total = 0;
        for (Path f : files) {
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
                long pos = 0;
                int n;
                while ((n = ch.read(b, pos)) > 0) {
                    pos += n;
                    b.clear();
                }
                total += pos;
            }
        }
        return total;
    }

    /**
     * Allocates a fresh {@code float[]} of {@code source}'s length and copies {@code source} into it,
     * half on a helper thread and half on the caller: the zeroing and the one copy that putting a
     * column onto the heap cannot avoid, at memory speed. Returns the copy.
     */
    static float[] freshCopy(float[] source, ExecutorService helper) throws Exception {
        float[] out = new float[source.length];
        int half = source.length / 2;
        Future<?> upper = helper.submit(() -> System.arraycopy(source, half, out, half, source.length - half));
        System.arraycopy(source, 0, out, 0, half);
        upper.get();
        return out;
    }

    /** Reads every file into a fresh {@code byte[]} of its size; returns the bytes read. */
    static long readIntoHeap(List<Path> files) throws IOException {
        long total = 0;
        for (Path f : files) {
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
                byte[] all = new byte[Math.toIntExact(ch.size())];
                ByteBuffer b = ByteBuffer.wrap(all);
                while (b.hasRemaining() && ch.read(b, b.position()) > 0) {
                    // a positional read moves the buffer's position, not the channel's
                }
                total += b.position();
            }
        }
        return total;
    }
}
