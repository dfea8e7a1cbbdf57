package io.partita.server.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only log of records, each framed as {@code [int length][int crc32c][payload]}
 * (little-endian). {@link #append} writes without syncing; {@link #syncTo} makes everything up
 * to a position durable, and concurrent callers share one {@code fsync} (group commit). On
 * open, the records are read back up to the first bad frame (a torn or corrupt tail, which a
 * crash mid-write leaves), and the file is truncated there with one WARN line. Thread-safe.
 */
public final class FramedLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FramedLog.class);
    private static final int HEADER_BYTES = 8;
    private static final int MAX_RECORD_BYTES = 1 << 30;

    private final Path path;
    private final FileChannel channel;
    private final Object syncLock = new Object();
    private long end;
    private volatile long syncedEnd;
    /** A newly created file's directory entry is made durable by its first sync. */
    private boolean directoryPending;

    private FramedLog(Path path, FileChannel channel, long end, boolean created) {
        this.path = path;
        this.channel = channel;
        this.end = end;
        this.syncedEnd = end;
        this.directoryPending = created;
    }

    /** Opens or creates the log; {@code recovered} receives the valid records in order. */
    public static FramedLog open(Path path, List<byte[]> recovered) throws IOException {
        boolean created = !java.nio.file.Files.exists(path);
        FileChannel ch =
                FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        long valid = readValid(ch, ch.size(), recovered);
        if (valid < ch.size()) {
            // one line per torn file: the cut happens here, so the next open finds a whole log
            LOG.warn(
                    "{}: dropped a torn tail of {} bytes after the last whole record (byte {}), left by a write"
                            + " a crash cut short; the {} records before it are kept",
                    path,
                    ch.size() - valid,
                    valid,
                    recovered.size());
            ch.truncate(valid);
            ch.force(true);
        }
        return new FramedLog(path, ch, valid, created);
    }

    /**
     * Reads the valid records of {@code ch} in {@code [0, limit)}; returns the end of the last
     * valid one.
     */
    public static long readValid(FileChannel ch, long limit, List<byte[]> out) throws IOException {
        long pos = 0;
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        while (pos + HEADER_BYTES <= limit) {
            header.clear();
            if (readFully(ch, header, pos) < HEADER_BYTES) {
                break;
            }
            header.flip();
            int length = header.getInt();
            int crc = header.getInt();
            if (length < 0 || length > MAX_RECORD_BYTES || pos + HEADER_BYTES + length > limit) {
                break;
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            if (readFully(ch, payload, pos + HEADER_BYTES) < length) {
                break;
            }
            CRC32C c = new CRC32C();
            c.update(payload.array(), 0, length);
            if ((int) c.getValue() != crc) {
                break;
            }
            out.add(payload.array());
            pos += HEADER_BYTES + length;
        }
        return pos;
    }

    private static int readFully(FileChannel ch, ByteBuffer b, long pos) throws IOException {
        int total = 0;
        while (b.hasRemaining()) {
            int n = ch.read(b, pos + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    /** Appends one record (not yet durable); returns the log position after it. */
    public synchronized long append(byte[] payload) throws IOException {
        CRC32C c = new CRC32C();
        c.update(payload, 0, payload.length);
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(payload.length).putInt((int) c.getValue()).put(payload).flip();
        long pos = end;
        while (b.hasRemaining()) {
            pos += channel.write(b, pos);
        }
        end = pos;
        return pos;
    }

    /** Makes every record up to {@code position} durable; one fsync serves all waiting callers. */
    public void syncTo(long position) throws IOException {
        if (syncedEnd >= position) {
            return;
        }
        synchronized (syncLock) {
            if (syncedEnd >= position) {
                return;
            }
            long target;
            synchronized (this) {
                target = end;
            }
            try {
                channel.force(false);
            } catch (java.nio.channels.ClosedChannelException e) {
                // closed by close(), which synced everything first
                if (syncedEnd >= position) {
                    return;
                }
                throw e;
            }
            if (directoryPending) {
                SegmentFileWriter.syncDirectory(path.getParent());
                directoryPending = false;
            }
            syncedEnd = target;
        }
    }

    /** The position after the last appended record. */
    public synchronized long endPosition() {
        return end;
    }

    public Path path() {
        return path;
    }

    /** The open channel, for readers that must keep reading after the file is unlinked. */
    public FileChannel channel() {
        return channel;
    }

    /** Syncs and closes; later {@link #syncTo} calls for positions before the close succeed. */
    @Override
    public void close() throws IOException {
        synchronized (syncLock) {
            if (channel.isOpen()) {
                channel.force(false);
                syncedEnd = endPosition();
                channel.close();
            }
        }
    }
}
