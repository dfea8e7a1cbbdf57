package io.partita.server.storage;

import io.partita.server.memory.RamUsage;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Writes an immutable segment file: a checksummed header, then the column bodies — vector
 * columns first (contiguous little-endian floats), then scalars — each with its own CRC32C.
 * The file is written to a temporary name, synced, then renamed into place and the directory
 * synced, so a crash never leaves a half-written segment under the final name.
 */
public final class SegmentFileWriter {
    private static final int CHUNK_ROWS = 8192;

    private SegmentFileWriter() {}

    /** Writes {@code data} (columns in {@code fields} order) to {@code target}. */
    public static void write(Path target, List<FieldSchema> fields, SegmentData data) throws IOException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).dataType().isVector()) {
                order.add(i);
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).dataType().isVector()) {
                order.add(i);
            }
        }
        long headerBytes = 4 + 4 + 8 + 8 + 4 + 4 + (long) order.size() * SegmentHeader.COLUMN_ENTRY_BYTES + 4;
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        List<SegmentHeader.ColumnEntry> entries = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(
                tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            long pos = headerBytes;
            for (int idx : order) {
                FieldColumn c = data.column(idx);
                CRC32C crc = new CRC32C();
                long len = writeBody(ch, pos, c, fields.get(idx).nullable(), crc);
                entries.add(new SegmentHeader.ColumnEntry(
                        fields.get(idx).fieldId(), c.type().number(), c.dim(), len, RamUsage.column(c), (int)
                                crc.getValue()));
                pos += len;
            }
            ByteBuffer h = ByteBuffer.allocate((int) headerBytes).order(ByteOrder.LITTLE_ENDIAN);
            h.putInt(SegmentHeader.MAGIC)
                    .putInt(SegmentHeader.VERSION)
                    .putLong(data.segmentId())
                    .putLong(data.seq())
                    .putInt(data.rowCount())
                    .putInt(entries.size());
            for (SegmentHeader.ColumnEntry e : entries) {
                h.putLong(e.fieldId())
                        .putInt(e.type())
                        .putInt(e.dim())
                        .putLong(e.byteLength())
                        .putLong(e.ramBytes())
                        .putInt(e.crc32c());
            }
            CRC32C hc = new CRC32C();
            hc.update(h.array(), 0, h.position());
            h.putInt((int) hc.getValue()).flip();
            writeFully(ch, h, 0);
            ch.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(target.getParent());
    }

    /**
     * Writes a column body as {@link ColumnCodec#read} reads it: a nullable field's validity mask
     * for every row first (all valid when the column has none), then the values, in chunks of
     * {@link #CHUNK_ROWS} rows so a large column never needs one buffer of its whole size.
     */
    private static long writeBody(FileChannel ch, long pos, FieldColumn c, boolean nullable, CRC32C crc)
            throws IOException {
        int rows = c.rowCount();
        long written = 0;
        if (nullable) {
            ByteBuffer mask = ByteBuffer.allocate(rows);
            for (int r = 0; r < rows; r++) {
                mask.put((byte) (c.isNull(r) ? 0 : 1));
            }
            mask.flip();
            crc.update(mask.array(), 0, mask.limit());
            writeFully(ch, mask, pos);
            written += rows;
        }
        FieldColumn values = c.valid() == null ? c : c.withValid(null);
        for (int start = 0; start < rows; start += CHUNK_ROWS) {
            int n = Math.min(CHUNK_ROWS, rows - start);
            FieldColumn part = slice(values, start, n);
            ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(ColumnCodec.encodedBytes(part)));
            ColumnCodec.write(part, b);
            b.flip();
            crc.update(b.array(), 0, b.limit());
            writeFully(ch, b, pos + written);
            written += b.limit();
        }
        return written;
    }

    private static FieldColumn slice(FieldColumn c, int start, int n) {
        if (start == 0 && n == c.rowCount()) {
            return c;
        }
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = start + i;
        }
        return Columns.select(List.of(c), rows);
    }

    private static void writeFully(FileChannel ch, ByteBuffer b, long pos) throws IOException {
        while (b.hasRemaining()) {
            pos += ch.write(b, pos);
        }
    }

    /** fsyncs a directory so a rename or create in it is durable. */
    public static void syncDirectory(Path dir) throws IOException {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // some file systems cannot open directories; the rename is then as durable as they allow
        }
    }
}
