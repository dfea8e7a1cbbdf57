package io.partita.server.storage;

import io.partita.server.memory.RamUsage;
import io.partita.server.model.FieldColumn;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Rows of one segment (or one growing chunk) in memory: one column per schema field, in schema
 * order. Immutable: a delete produces a copy with a new {@code deleted} set, so a search holding
 * this object sees a consistent state.
 *
 * @param segmentId the segment these rows belong to (a growing chunk carries its growing segment's id)
 * @param seq hybrid timestamp of the newest insert in these rows; deletes with a higher
 *     timestamp apply to them
 * @param columns one column per schema field, schema order; unmodifiable
 * @param deleted rows deleted, or null when none; never modified after construction
 * @param growing true for an unflushed chunk
 */
public record SegmentData(
        long segmentId, long seq, int rowCount, List<FieldColumn> columns, BitSet deleted, boolean growing) {
    public SegmentData {
        columns = List.copyOf(columns);
    }

    /** Bytes these rows occupy on the heap (arrays, strings, the deleted set). */
    public long ramBytesUsed() {
        long columnBytes = 0;
        for (FieldColumn c : columns) {
            columnBytes += RamUsage.column(c);
        }
        return ramBytesFor(columnBytes, rowCount, columns.size());
    }

    /** Bytes of the memory-mapped columns' values (charged to disk, not to the heap). */
    public long mappedBytes() {
        long total = 0;
        for (FieldColumn c : columns) {
            total += RamUsage.mappedBytes(c);
        }
        return total;
    }

    /**
     * Bytes of a segment whose columns take {@code columnBytes}: the columns, the segment and
     * column objects and a deleted set for every row (charged up front so deletes never grow it).
     */
    public static long ramBytesFor(long columnBytes, int rowCount, int columnCount) {
        long objects = RamUsage.align(RamUsage.OBJECT_HEADER_BYTES + 8 + 8 + 4 + 3 * RamUsage.REFERENCE_BYTES + 1)
                + RamUsage.array(RamUsage.REFERENCE_BYTES, columnCount)
                + columnCount * RamUsage.align(RamUsage.OBJECT_HEADER_BYTES + 4 * RamUsage.REFERENCE_BYTES + 8 + 1);
        return objects + columnBytes + deletedBytes(rowCount);
    }

    /** The bytes charged for the deleted set: a BitSet sized for every row (charged up front). */
    public static long deletedBytes(int rowCount) {
        return RamUsage.align(RamUsage.OBJECT_HEADER_BYTES + 4 + 1 + RamUsage.REFERENCE_BYTES)
                + RamUsage.array(8, (rowCount + 63) / 64);
    }

    public boolean isDeleted(int row) {
        return deleted != null && deleted.get(row);
    }

    public int liveRowCount() {
        return deleted == null ? rowCount : rowCount - deleted.cardinality();
    }

    public SegmentData withDeleted(BitSet newDeleted) {
        return new SegmentData(segmentId, seq, rowCount, columns, newDeleted, growing);
    }

    public FieldColumn column(int fieldIndex) {
        return columns.get(fieldIndex);
    }

    /**
     * These rows holding only the columns marked in {@code resident} (schema order); the others
     * become {@link FieldColumn#notLoaded} stand-ins. {@code resident == null} keeps every column.
     */
    public SegmentData onlyFields(boolean[] resident) {
        if (resident == null) {
            return this;
        }
        List<FieldColumn> out = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            FieldColumn c = columns.get(i);
            out.add(resident[i] || !c.resident() ? c : FieldColumn.notLoaded(c.name(), c.type(), c.dim(), rowCount));
        }
        return new SegmentData(segmentId, seq, rowCount, out, deleted, growing);
    }
}
