package io.partita.server.storage;

import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Little-endian binary encoding of column data, shared by the write-ahead log and segment
 * files: per column its raw values (BOOL 1 byte, INT8..INT32 4 bytes, INT64/DOUBLE 8,
 * FLOAT 4, dense vectors contiguous, VARCHAR and JSON length-prefixed UTF-8, sparse vector rows
 * length-prefixed (uint32 index, float32 value) pairs).
 */
public final class ColumnCodec {
    private ColumnCodec() {}

    /** Encoded size of one column's values (a nullable field's validity mask first, one byte a row). */
    public static long encodedBytes(FieldColumn c) {
        return (c.valid() == null ? 0 : c.rowCount()) + valueBytes(c);
    }

    private static long valueBytes(FieldColumn c) {
        int n = c.rowCount();
        switch (c.type().storage()) {
            case BOOL:
                return n;
            case INT8:
            case INT16:
            case INT32:
            case FLOAT:
                return 4L * n;
            case INT64:
            case DOUBLE:
                return 8L * n;
            case FLOAT_VECTOR:
                return 4L * n * c.dim();
            case BINARY_VECTOR:
            case FLOAT16_VECTOR:
            case BFLOAT16_VECTOR:
            case INT8_VECTOR:
                return (long) n * c.type().rowBytes(c.dim());
            case VARCHAR: {
                long total = 4L * n;
                for (String s : c.strings()) {
                    total += s.getBytes(StandardCharsets.UTF_8).length;
                }
                return total;
            }
            case JSON:
            case ARRAY:
            case SPARSE_FLOAT_VECTOR: {
                long total = 4L * n;
                for (byte[] b : c.jsonBytes()) {
                    total += b.length;
                }
                return total;
            }
            default:
                throw new IllegalStateException("unknown type " + c.type());
        }
    }

    /** Writes a column's values; {@code out} must have room for {@link #encodedBytes}. */
    public static void write(FieldColumn c, ByteBuffer out) {
        out.order(ByteOrder.LITTLE_ENDIAN);
        if (c.valid() != null) {
            for (boolean v : c.valid()) {
                out.put((byte) (v ? 1 : 0));
            }
        }
        switch (c.type().storage()) {
            case BOOL:
                for (boolean b : c.bools()) {
                    out.put((byte) (b ? 1 : 0));
                }
                break;
            case INT8:
            case INT16:
            case INT32:
                out.asIntBuffer().put(c.ints());
                skip(out, 4L * c.rowCount());
                break;
            case INT64:
                out.asLongBuffer().put(c.longs());
                skip(out, 8L * c.rowCount());
                break;
            case FLOAT:
                out.asFloatBuffer().put(c.floats());
                skip(out, 4L * c.rowCount());
                break;
            case DOUBLE:
                out.asDoubleBuffer().put(c.doubles());
                skip(out, 8L * c.rowCount());
                break;
            case FLOAT_VECTOR:
                out.asFloatBuffer().put(c.vectorFloats());
                skip(out, 4L * c.vectorFloats().length);
                break;
            case BINARY_VECTOR:
            case FLOAT16_VECTOR:
            case BFLOAT16_VECTOR:
            case INT8_VECTOR:
                out.put(c.vectorBytes());
                break;
            case VARCHAR:
                for (String s : c.strings()) {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    out.putInt(b.length);
                    out.put(b);
                }
                break;
            case JSON:
            case ARRAY:
            case SPARSE_FLOAT_VECTOR:
                for (byte[] b : c.jsonBytes()) {
                    out.putInt(b.length);
                    out.put(b);
                }
                break;
            default:
                throw new IllegalStateException("unknown type " + c.type());
        }
    }

    private static void skip(ByteBuffer b, long bytes) {
        b.position(b.position() + (int) bytes);
    }

    /** Reads {@code rows} values of a field from a buffer holding exactly its encoded bytes (or more). */
    public static FieldColumn read(FieldSchema f, int rows, ByteBuffer in) {
        in.order(ByteOrder.LITTLE_ENDIAN);
        if (!f.nullable()) {
            return readValues(f, rows, in);
        }
        boolean[] valid = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            valid[i] = in.get() != 0;
        }
        return readValues(f, rows, in).withValid(valid);
    }

    private static FieldColumn readValues(FieldSchema f, int rows, ByteBuffer in) {
        String name = f.name();
        switch (f.dataType().storage()) {
            case BOOL: {
                boolean[] v = new boolean[rows];
                for (int i = 0; i < rows; i++) {
                    v[i] = in.get() != 0;
                }
                return FieldColumn.bools(name, v);
            }
            case INT8:
            case INT16:
            case INT32: {
                int[] v = new int[rows];
                in.asIntBuffer().get(v);
                skip(in, 4L * rows);
                return FieldColumn.ints(name, f.dataType(), v);
            }
            case INT64: {
                long[] v = new long[rows];
                in.asLongBuffer().get(v);
                skip(in, 8L * rows);
                return FieldColumn.longs(name, v).as(f.dataType());
            }
            case FLOAT: {
                float[] v = new float[rows];
                in.asFloatBuffer().get(v);
                skip(in, 4L * rows);
                return FieldColumn.floats(name, v);
            }
            case DOUBLE: {
                double[] v = new double[rows];
                in.asDoubleBuffer().get(v);
                skip(in, 8L * rows);
                return FieldColumn.doubles(name, v);
            }
            case FLOAT_VECTOR: {
                float[] v = new float[rows * f.dim()];
                in.asFloatBuffer().get(v);
                skip(in, 4L * v.length);
                return FieldColumn.floatVectors(name, f.dim(), v);
            }
            case BINARY_VECTOR:
            case FLOAT16_VECTOR:
            case BFLOAT16_VECTOR:
            case INT8_VECTOR: {
                byte[] v = new byte[Math.multiplyExact(rows, f.dataType().rowBytes(f.dim()))];
                in.get(v);
                return FieldColumn.byteVectors(name, f.dataType(), f.dim(), v);
            }
            case VARCHAR: {
                List<String> v = new ArrayList<>(rows);
                for (int i = 0; i < rows; i++) {
                    byte[] b = new byte[in.getInt()];
                    in.get(b);
                    v.add(new String(b, StandardCharsets.UTF_8));
                }
                return FieldColumn.varchars(name, v).as(f.dataType());
            }
            case JSON:
            case ARRAY:
            case SPARSE_FLOAT_VECTOR: {
                byte[][] v = new byte[rows][];
                for (int i = 0; i < rows; i++) {
                    v[i] = new byte[in.getInt()];
                    in.get(v[i]);
                }
                if (f.dataType() == DataType.SPARSE_FLOAT_VECTOR) {
                    return FieldColumn.sparseVectors(name, v);
                }
                return f.dataType() == DataType.ARRAY
                        ? FieldColumn.arrays(name, f.elementType(), v)
                        : FieldColumn.jsons(name, v);
            }
            default:
                throw new IllegalStateException("unknown type " + f.dataType());
        }
    }

    /** Encodes a batch of rows (one column per schema field) with its timestamp: a WAL insert payload. */
    public static byte[] encodeBatch(long seq, List<FieldColumn> columns) {
        long size = 8 + 4;
        for (FieldColumn c : columns) {
            size += encodedBytes(c);
        }
        ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(size)).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(seq);
        b.putInt(columns.isEmpty() ? 0 : columns.get(0).rowCount());
        for (FieldColumn c : columns) {
            write(c, b);
        }
        return b.array();
    }

    /** Decodes a WAL insert payload into a growing chunk of {@code segmentId}. */
    public static SegmentData decodeBatch(byte[] payload, List<FieldSchema> fields, long segmentId) {
        ByteBuffer b = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
        long seq = b.getLong();
        int rows = b.getInt();
        List<FieldColumn> cols = new ArrayList<>(fields.size());
        for (FieldSchema f : fields) {
            // a record written before AddCollectionField appended this (optional) field ends early
            cols.add(!b.hasRemaining() && f.optional() ? Columns.absent(f, rows) : read(f, rows, b));
        }
        return new SegmentData(segmentId, seq, rows, cols, null, true);
    }
}
