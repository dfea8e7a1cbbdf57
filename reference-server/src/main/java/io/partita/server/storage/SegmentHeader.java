package io.partita.server.storage;

import java.util.List;

/**
 * The header of a segment file: what it holds and where, read without reading the data.
 *
 * @param columns in file order (vectors first); unmodifiable
 * @param headerBytes where the first column body starts
 */
public record SegmentHeader(long segmentId, long seq, int rowCount, List<ColumnEntry> columns, long headerBytes) {
    public static final int MAGIC = 0x47455350; // "PSEG" little-endian
    public static final int VERSION = 1;
    public static final int COLUMN_ENTRY_BYTES = 8 + 4 + 4 + 8 + 8 + 4;

    public SegmentHeader {
        columns = List.copyOf(columns);
    }

    /**
     * One column's entry.
     *
     * @param byteLength encoded bytes of the body
     * @param ramBytes heap bytes of the column once loaded (exact, computed at write time)
     * @param crc32c checksum of the body
     */
    public record ColumnEntry(long fieldId, int type, int dim, long byteLength, long ramBytes, int crc32c) {}

    /** Heap bytes of the loaded segment: the columns plus the segment object and its deleted set. */
    public long ramBytes() {
        long total = 0;
        for (ColumnEntry c : columns) {
            total += c.ramBytes();
        }
        return total;
    }

    /** Total bytes of the column bodies. */
    public long bodyBytes() {
        long total = 0;
        for (ColumnEntry c : columns) {
            total += c.byteLength();
        }
        return total;
    }
}
