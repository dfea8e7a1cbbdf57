package io.partita.server.memory;

import io.partita.server.model.FieldColumn;

/**
 * Heap sizes of the arrays loaded data is made of, for a 64-bit JVM with compressed oops
 * (16-byte array header, 8-byte alignment; 12-byte object header). Used to charge memory before
 * a load and to report {@code mem_size}.
 */
public final class RamUsage {
    public static final long ARRAY_HEADER_BYTES = 16;
    public static final long OBJECT_HEADER_BYTES = 12;
    public static final long REFERENCE_BYTES = 4;

    private RamUsage() {}

    /** Bytes of an array of {@code length} elements of {@code elementBytes} each. */
    public static long array(long elementBytes, long length) {
        return align(ARRAY_HEADER_BYTES + elementBytes * length);
    }

    /** Bytes of a String of {@code utf8Bytes} Latin-1/UTF-16 content, approximated by its UTF-8 length. */
    public static long string(int utf8Bytes) {
        return align(OBJECT_HEADER_BYTES + 4 + 1 + 1 + REFERENCE_BYTES) + array(1, utf8Bytes);
    }

    public static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }

    /** Exact bytes of a column's backing array (strings: their objects too; a validity mask). */
    /** Bytes of a memory-mapped column's values (its file region); 0 for a heap column. */
    public static long mappedBytes(FieldColumn c) {
        return c.mapped() == null ? 0 : 4L * c.rowCount() * c.dim();
    }

    public static long column(FieldColumn c) {
        if (!c.resident() || c.mapped() != null) {
            // left out of memory by a partial load, or memory-mapped (its values are in the page
            // cache and charged to disk, see mappedBytes): only the column object is on the heap
            return 0;
        }
        return (c.valid() == null ? 0 : array(1, c.rowCount())) + values(c);
    }

    private static long values(FieldColumn c) {
        switch (c.type().storage()) {
            case BOOL:
                return array(1, c.rowCount());
            case INT8:
            case INT16:
            case INT32:
                return array(4, c.rowCount());
            case INT64:
                return array(8, c.rowCount());
            case FLOAT:
                return array(4, c.rowCount());
            case DOUBLE:
                return array(8, c.rowCount());
            case FLOAT_VECTOR:
                return array(4, (long) c.rowCount() * c.dim());
            case BINARY_VECTOR:
            case FLOAT16_VECTOR:
            case BFLOAT16_VECTOR:
            case INT8_VECTOR:
                return array(1, (long) c.rowCount() * c.type().rowBytes(c.dim()));
            case VARCHAR: {
                long total = array(REFERENCE_BYTES, c.rowCount());
                for (String s : c.strings()) {
                    total += string(s.length());
                }
                return total;
            }
            case JSON:
            case ARRAY:
            case SPARSE_FLOAT_VECTOR: {
                long total = array(REFERENCE_BYTES, c.rowCount());
                for (byte[] b : c.jsonBytes()) {
                    total += array(1, b.length);
                }
                return total;
            }
            default:
                throw new IllegalStateException("unknown type " + c.type());
        }
    }
}
