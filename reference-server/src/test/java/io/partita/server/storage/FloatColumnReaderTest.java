package io.partita.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The block-wise, parallel float column read gives the file's floats and its one CRC32C; the
 * checksum of a mapped column ({@code mmap.enabled}) is the same CRC32C, however many parts compute it.
 */
class FloatColumnReaderTest {
    @TempDir
    Path dir;

    @Test
    void joinedChecksumsOfTwoRangesEqualTheChecksumOfTheWhole() {
        Random rnd = new Random(3);
        for (int len : new int[] {0, 1, 7, 1000, 65_537}) {
            byte[] all = new byte[len];
            rnd.nextBytes(all);
            for (int cut : new int[] {0, len / 3, len}) {
                assertThat(Crc32cCombine.combine(crc(all, 0, cut), crc(all, cut, len - cut), len - cut))
                        .as("length %d cut at %d", len, cut)
                        .isEqualTo(crc(all, 0, len));
            }
        }
    }

    @Test
    void everyPartCountReadsTheSameFloatsAndTheStoredChecksum() throws IOException {
        // 5 MiB of floats plus an odd tail, behind a 37-byte prefix: ranges and windows end off any boundary
        int floats = (5 << 18) + 13;
        Path file = write(floats, 37);
        float[] expected = floatsOf(file, 37, floats);
        int expectedCrc = crcOf(file, 37, 4L * floats);
        for (int parts = 1; parts <= 4; parts++) {
            AtomicLong progress = new AtomicLong();
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                FloatColumnReader.Result r =
                        FloatColumnReader.read(ch, 37, floats, parts, progress::addAndGet, () -> false);
                assertThat(Arrays.mismatch(r.values(), expected))
                        .as("first differing float, %d parts", parts)
                        .isEqualTo(-1);
                assertThat(r.crc32c()).as("%d parts", parts).isEqualTo(expectedCrc);
                assertThat(progress.get()).as("progress bytes, %d parts", parts).isEqualTo(4L * floats);
            }
        }
    }

    @Test
    void aMappedColumnsChecksumIsTheStoredOneInEveryPartCount() throws IOException {
        int floats = (5 << 18) + 13;
        Path file = write(floats, 37);
        int expectedCrc = crcOf(file, 37, 4L * floats);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer region = ch.map(FileChannel.MapMode.READ_ONLY, 37, 4L * floats);
            AtomicLong progress = new AtomicLong();
            assertThat(FloatColumnReader.checksumMapped(region, () -> false).join(progress::addAndGet))
                    .isEqualTo(expectedCrc);
            assertThat(progress.get()).as("progress bytes").isEqualTo(4L * floats);
            // a small column is one part, so the parallel split is checked on a region over the threshold
            assertThat(FloatColumnReader.parts(region.capacity())).isEqualTo(1);
        }
        int big = (int) (FloatColumnReader.PARALLEL_MIN_BYTES / 4) + 1001;
        Path bigFile = write(big, 3);
        try (FileChannel ch = FileChannel.open(bigFile, StandardOpenOption.READ)) {
            ByteBuffer region = ch.map(FileChannel.MapMode.READ_ONLY, 3, 4L * big);
            assertThat(FloatColumnReader.parts(region.capacity()))
                    .isEqualTo(Math.min(
                            ColumnRanges.MAX_PARTS, Runtime.getRuntime().availableProcessors()));
            assertThat(FloatColumnReader.checksumMapped(region, () -> false).join(n -> {}))
                    .isEqualTo(crcOf(bigFile, 3, 4L * big));
        }
    }

    @Test
    void aCancelledMappedChecksumStops() throws IOException {
        int floats = 1 << 20;
        Path file = write(floats, 0);
        AtomicLong progress = new AtomicLong();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer region = ch.map(FileChannel.MapMode.READ_ONLY, 0, 4L * floats);
            // cancelled once its range has polled three times, i.e. after three blocks
            java.util.concurrent.atomic.AtomicInteger polls = new java.util.concurrent.atomic.AtomicInteger();
            assertThatThrownBy(() -> FloatColumnReader.checksumMapped(region, () -> polls.incrementAndGet() > 3)
                            .join(progress::addAndGet))
                    .isInstanceOf(CancellationException.class);
        }
        assertThat(progress.get()).isLessThan(4L * floats);
    }

    @Test
    void aFileThatEndsEarlyFailsTheReadWithWhereItEnded() throws IOException {
        int floats = 1 << 20;
        Path file = write(floats, 0);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(4L * floats - 100);
        }
        // the short range is a helper's: the caller's range, stopped by it, must not hide its error
        // behind a cancellation, whichever thread notices first (so the read is repeated)
        for (int attempt = 0; attempt < 20; attempt++) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                assertThatThrownBy(() -> FloatColumnReader.read(ch, 0, floats, 2, n -> {}, () -> false))
                        .as("attempt %d", attempt)
                        .isInstanceOf(java.io.EOFException.class)
                        .hasMessageContaining("100 bytes early");
            }
        }
    }

    @Test
    void aFlippedByteInAHelpersRangeChangesTheChecksum() throws IOException {
        int floats = 1 << 20;
        Path file = write(floats, 0);
        int stored = crcOf(file, 0, 4L * floats);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one, 3L * floats + 5);
            one.flip();
            byte b = one.get();
            ch.write(ByteBuffer.wrap(new byte[] {(byte) (b ^ 0x10)}), 3L * floats + 5);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            assertThat(FloatColumnReader.read(ch, 0, floats, 4, n -> {}, () -> false)
                            .crc32c())
                    .isNotEqualTo(stored);
        }
    }

    @Test
    void aCancelledReadStopsEveryRange() throws IOException {
        int floats = 1 << 20;
        Path file = write(floats, 0);
        AtomicLong progress = new AtomicLong();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            assertThatThrownBy(() ->
                            FloatColumnReader.read(ch, 0, floats, 2, progress::addAndGet, () -> progress.get() > 0))
                    .isInstanceOf(CancellationException.class);
        }
        assertThat(progress.get()).isLessThan(4L * floats);
    }

    private Path write(int floats, int prefix) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(prefix + 4 * floats).order(ByteOrder.LITTLE_ENDIAN);
        Random rnd = new Random(floats);
        b.position(prefix);
        for (int i = 0; i < floats; i++) {
            b.putFloat(rnd.nextFloat() - 0.5f);
        }
        Path f = dir.resolve("col-" + floats + "-" + prefix);
        Files.write(f, b.array());
        return f;
    }

    private static float[] floatsOf(Path file, int prefix, int floats) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[floats];
        b.position(prefix);
        b.asFloatBuffer().get(out);
        return out;
    }

    private static int crcOf(Path file, int prefix, long bytes) throws IOException {
        return crc(Files.readAllBytes(file), prefix, (int) bytes);
    }

    private static int crc(byte[] b, int off, int len) {
        CRC32C c = new CRC32C();
        c.update(b, off, len);
        return (int) c.getValue();
    }
}
