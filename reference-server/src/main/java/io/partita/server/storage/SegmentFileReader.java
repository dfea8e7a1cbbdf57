package io.partita.server.storage;

import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.zip.CRC32C;

/**
 * Reads segment files: the header alone, or the whole segment in one pass over the file. Float
 * vector columns go through {@link FloatColumnReader} (read, checksummed and copied block by
 * block into one {@code float[]}, or mapped and checksummed, large columns in parallel ranges); every column's checksum is
 * verified before the segment is returned, so a corrupt file is never served.
 */
public final class SegmentFileReader {
    private SegmentFileReader() {}

    /** Reads and checks the header. */
    public static SegmentHeader readHeader(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return readHeader(file, ch);
        }
    }

    private static SegmentHeader readHeader(Path file, FileChannel ch) throws IOException {
        ByteBuffer fixed = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        if (readFully(ch, fixed, 0) < 32) {
            throw new CorruptSegmentException(file, "truncated header");
        }
        fixed.flip();
        if (fixed.getInt() != SegmentHeader.MAGIC) {
            throw new CorruptSegmentException(file, "bad magic number");
        }
        int version = fixed.getInt();
        if (version != SegmentHeader.VERSION) {
            throw new CorruptSegmentException(file, "unsupported version " + version);
        }
        long segmentId = fixed.getLong();
        long seq = fixed.getLong();
        int rows = fixed.getInt();
        int cols = fixed.getInt();
        if (rows < 0 || cols < 0 || cols > 4096) {
            throw new CorruptSegmentException(file, "bad header counts rows=" + rows + " columns=" + cols);
        }
        int headerBytes = 32 + cols * SegmentHeader.COLUMN_ENTRY_BYTES + 4;
        ByteBuffer all = ByteBuffer.allocate(headerBytes).order(ByteOrder.LITTLE_ENDIAN);
        if (readFully(ch, all, 0) < headerBytes) {
            throw new CorruptSegmentException(file, "truncated header");
        }
        CRC32C crc = new CRC32C();
        crc.update(all.array(), 0, headerBytes - 4);
        all.position(32);
        List<SegmentHeader.ColumnEntry> entries = new ArrayList<>(cols);
        for (int i = 0; i < cols; i++) {
            entries.add(new SegmentHeader.ColumnEntry(
                    all.getLong(), all.getInt(), all.getInt(), all.getLong(), all.getLong(), all.getInt()));
        }
        if (all.getInt() != (int) crc.getValue()) {
            throw new CorruptSegmentException(file, "header checksum mismatch");
        }
        SegmentHeader h = new SegmentHeader(segmentId, seq, rows, entries, headerBytes);
        if (ch.size() != headerBytes + h.bodyBytes()) {
            throw new CorruptSegmentException(
                    file, "size " + ch.size() + " does not match header (" + (headerBytes + h.bodyBytes()) + ")");
        }
        return h;
    }

    /**
     * Reads the whole segment with columns in {@code fields} order.
     *
     * @param progressBytes called with the number of bytes read after each chunk
     * @param cancelled checked between chunks; when true the read stops with CancellationException
     */
    public static SegmentData read(
            Path file, List<FieldSchema> fields, LongConsumer progressBytes, BooleanSupplier cancelled)
            throws IOException {
        return read(file, fields, null, progressBytes, cancelled);
    }

    /**
     * As {@link #read(Path, List, LongConsumer, BooleanSupplier)}, reading only the columns marked in
     * {@code resident} (schema order; null = every column): the bodies of the others are skipped
     * (reported as progress all the same) and stand in as {@link FieldColumn#notLoaded} columns.
     */
    public static SegmentData read(
            Path file,
            List<FieldSchema> fields,
            boolean[] resident,
            LongConsumer progressBytes,
            BooleanSupplier cancelled)
            throws IOException {
        return read(file, fields, resident, null, progressBytes, cancelled);
    }

    /**
     * As {@link #read(Path, List, boolean[], LongConsumer, BooleanSupplier)}, mapping the FLOAT_VECTOR
     * columns marked in {@code mapped} (schema order; null = none) instead of reading them: their
     * region of the file becomes a read-only {@link FieldColumn#mappedFloatVectors} column and nothing
     * is copied to the heap. The load still reads every page of the region once, in parallel, to
     * verify the column's checksum, so a corrupt file is refused as a read one is and the column is
     * resident in the page cache when the load completes. The mapping lives until the column is
     * unreachable.
     */
    public static SegmentData read(
            Path file,
            List<FieldSchema> fields,
            boolean[] resident,
            boolean[] mapped,
            LongConsumer progressBytes,
            BooleanSupplier cancelled)
            throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            SegmentHeader h = readHeader(file, ch);
            List<MappedCheck> checks = new ArrayList<>(); // mapped columns, checksummed in the background
            try {
                FieldColumn[] cols =
                        readColumns(file, ch, h, fields, resident, mapped, checks, progressBytes, cancelled);
                for (MappedCheck c : checks) {
                    if (c.ranges().join(progressBytes) != c.crc32c()) {
                        throw new CorruptSegmentException(file, "checksum mismatch in column '" + c.field() + "'");
                    }
                }
                return new SegmentData(h.segmentId(), h.seq(), h.rowCount(), Arrays.asList(cols), null, false);
            } catch (IOException | RuntimeException e) {
                checks.forEach(c -> c.ranges().abandon());
                throw e;
            }
        }
    }

    /** A mapped column's checksum, running on helper threads while the other columns are read. */
    private record MappedCheck(ColumnRanges ranges, int crc32c, String field) {}

    /** Every column of the segment in schema order; mapped ones are added to {@code checks}. */
    private static FieldColumn[] readColumns(
            Path file,
            FileChannel ch,
            SegmentHeader h,
            List<FieldSchema> fields,
            boolean[] resident,
            boolean[] mapped,
            List<MappedCheck> checks,
            LongConsumer progressBytes,
            BooleanSupplier cancelled)
            throws IOException {
        FieldColumn[] cols = new FieldColumn[fields.size()];
        long pos = h.headerBytes();
        progressBytes.accept(pos);
        for (SegmentHeader.ColumnEntry e : h.columns()) {
            int idx = indexOf(fields, e.fieldId());
            if (idx < 0 || fields.get(idx).dataType().number() != e.type()) {
                throw new CorruptSegmentException(
                        file, "column of field id " + e.fieldId() + " does not match the schema");
            }
            FieldSchema f = fields.get(idx);
            if (resident != null && !resident[idx]) {
                cols[idx] = FieldColumn.notLoaded(f.name(), f.dataType(), f.columnDim(), h.rowCount());
                progressBytes.accept(e.byteLength());
                pos += e.byteLength();
                continue;
            }
            // a nullable vector column starts with its validity mask (ColumnCodec's layout):
            // it is read whole, never mapped
            boolean plainFloats = f.dataType() == DataType.FLOAT_VECTOR && !f.nullable();
            if (mapped != null && mapped[idx] && plainFloats) {
                cols[idx] = mapFloatVectors(file, ch, pos, e, f, h.rowCount(), checks, cancelled);
                pos += e.byteLength();
                continue;
            }
            int crc;
            if (plainFloats) {
                FloatColumnReader.Result r =
                        readFloatVectors(file, ch, pos, e, f, h.rowCount(), progressBytes, cancelled);
                cols[idx] = FieldColumn.floatVectors(f.name(), f.dim(), r.values());
                crc = r.crc32c();
            } else {
                ByteBuffer body = ByteBuffer.allocate(Math.toIntExact(e.byteLength()));
                if (readFully(ch, body, pos) < body.capacity()) {
                    throw new CorruptSegmentException(file, "unexpected end of file");
                }
                CRC32C c = new CRC32C();
                c.update(body.array(), 0, body.limit());
                crc = (int) c.getValue();
                body.flip();
                cols[idx] = ColumnCodec.read(f, h.rowCount(), body);
                progressBytes.accept(e.byteLength());
            }
            if (crc != e.crc32c()) {
                throw new CorruptSegmentException(file, "checksum mismatch in column '" + f.name() + "'");
            }
            pos += e.byteLength();
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("load cancelled");
            }
        }
        for (int i = 0; i < cols.length; i++) {
            FieldSchema f = fields.get(i);
            if (cols[i] == null && f.optional()) {
                // a field AddCollectionField added after this segment was written: null/default
                cols[i] = resident != null && !resident[i]
                        ? FieldColumn.notLoaded(f.name(), f.dataType(), f.columnDim(), h.rowCount())
                        : Columns.absent(f, h.rowCount());
            }
            if (cols[i] == null) {
                throw new CorruptSegmentException(
                        file, "no column for field '" + fields.get(i).name() + "'");
            }
        }
        return cols;
    }

    /** The byte length of a float vector column of {@code rows} rows, after checking the header and file agree. */
    private static long floatVectorBytes(
            Path file, FileChannel ch, long pos, SegmentHeader.ColumnEntry e, FieldSchema f, int rows)
            throws IOException {
        long expected = 4L * rows * f.dim();
        if (e.byteLength() != expected || e.dim() != f.dim() || pos + expected > ch.size()) {
            throw new CorruptSegmentException(
                    file, "float vector column of " + e.byteLength() + " bytes, expected " + expected);
        }
        return expected;
    }

    private static FieldColumn mapFloatVectors(
            Path file,
            FileChannel ch,
            long pos,
            SegmentHeader.ColumnEntry e,
            FieldSchema f,
            int rows,
            List<MappedCheck> checks,
            BooleanSupplier cancelled)
            throws IOException {
        long expected = floatVectorBytes(file, ch, pos, e, f, rows);
        ByteBuffer region = ch.map(FileChannel.MapMode.READ_ONLY, pos, expected).order(ByteOrder.LITTLE_ENDIAN);
        checks.add(new MappedCheck(FloatColumnReader.checksumMapped(region, cancelled), e.crc32c(), f.name()));
        return FieldColumn.mappedFloatVectors(f.name(), f.dim(), rows, region);
    }

    private static FloatColumnReader.Result readFloatVectors(
            Path file,
            FileChannel ch,
            long pos,
            SegmentHeader.ColumnEntry e,
            FieldSchema f,
            int rows,
            LongConsumer progress,
            BooleanSupplier cancelled)
            throws IOException {
        int floats = Math.toIntExact(floatVectorBytes(file, ch, pos, e, f, rows) / 4);
        return FloatColumnReader.read(ch, pos, floats, progress, cancelled);
    }

    private static int indexOf(List<FieldSchema> fields, long fieldId) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).fieldId() == fieldId) {
                return i;
            }
        }
        return -1;
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
}
