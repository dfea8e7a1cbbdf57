package io.partita.server.model;

import java.util.List;
import java.util.Objects;

/**
 * A column of field values, the engine's columnar row format for inserts and results (the
 * shape of {@code schema.FieldData}). Immutable by contract: the factories take ownership of the
 * arrays passed in and accessors return them without copying, so neither side may modify them
 * afterwards.
 *
 * <p>Storage per type: BOOL {@code boolean[]}; INT8/INT16/INT32 {@code int[]}; INT64
 * {@code long[]}; FLOAT {@code float[]}; DOUBLE {@code double[]}; VARCHAR {@code String[]};
 * FLOAT_VECTOR {@code float[]} of {@code rows × dim} row-major; BINARY_VECTOR {@code byte[]} of
 * {@code rows × dim/8}; FLOAT16/BFLOAT16/INT8_VECTOR {@code byte[]} of {@code rows × rowBytes(dim)};
 * SPARSE_FLOAT_VECTOR {@code byte[][]}, one row of (uint32 index, float32 value) pairs each; JSON
 * {@code byte[][]}, one UTF-8 document per row. GEOMETRY and TIMESTAMPTZ are held as their
 * {@link DataType#storage()} type is ({@code String[]} of WKT, {@code long[]} of µs UTC), see
 * {@link #as}.
 */
public final class FieldColumn {
    private final String name;
    private final DataType type;
    private final int dim;
    private final int rowCount;
    private final Object values;
    private final boolean[] valid;
    private final boolean resident;
    /** The sub-fields of a {@link DataType#STRUCT_ARRAY} result column (for its wire form), else null. */
    private final List<FieldSchema> structFields;

    private FieldColumn(String name, DataType type, int dim, int rowCount, Object values) {
        this(name, type, dim, rowCount, values, null);
    }

    private FieldColumn(String name, DataType type, int dim, int rowCount, Object values, boolean[] valid) {
        this(name, type, dim, rowCount, values, valid, true);
    }

    private FieldColumn(
            String name, DataType type, int dim, int rowCount, Object values, boolean[] valid, boolean resident) {
        this(name, type, dim, rowCount, values, valid, resident, null);
    }

    private FieldColumn(
            String name,
            DataType type,
            int dim,
            int rowCount,
            Object values,
            boolean[] valid,
            boolean resident,
            List<FieldSchema> structFields) {
        this.structFields = structFields;
        this.name = Objects.requireNonNull(name, "name");
        this.type = type;
        this.dim = dim;
        this.rowCount = rowCount;
        this.values = values;
        this.valid = valid;
        this.resident = resident;
    }

    /**
     * The stand-in for a column a partial load left out of memory ({@code load_fields}): it knows
     * its name, type and row count and holds no values; every value accessor returns null. The
     * engine refuses searches and queries that would read it before they start.
     */
    public static FieldColumn notLoaded(String name, DataType type, int dim, int rowCount) {
        return new FieldColumn(name, type, dim, rowCount, null, null, false);
    }

    /**
     * A FLOAT_VECTOR column read through a memory-mapped region of a segment file ({@code
     * mmap.enabled}): {@code rows × dim} little-endian floats, row-major. Its values live in the
     * page cache, not on the heap; {@link #vectorFloats()} is null and {@link #mapped()} or {@link
     * #mappedBytes()} give them.
     */
    public static FieldColumn mappedFloatVectors(String name, int dim, int rowCount, java.nio.ByteBuffer region) {
        if ((long) rowCount * dim * 4 != region.capacity()) {
            throw new IllegalArgumentException("mapped vectors of field " + name + " hold " + region.capacity()
                    + " bytes, expected " + rowCount + " rows of " + dim + " floats");
        }
        return new FieldColumn(name, DataType.FLOAT_VECTOR, dim, rowCount, region, null, true);
    }

    /** The memory-mapped values of a {@link #mappedFloatVectors} column as floats (a private view), or null. */
    public java.nio.FloatBuffer mapped() {
        java.nio.ByteBuffer bytes = mappedBytes();
        return bytes == null ? null : bytes.asFloatBuffer();
    }

    /** The memory-mapped region of a {@link #mappedFloatVectors} column (a private little-endian view), or null. */
    public java.nio.ByteBuffer mappedBytes() {
        return values instanceof java.nio.ByteBuffer b ? b.duplicate().order(java.nio.ByteOrder.LITTLE_ENDIAN) : null;
    }

    /** False for the stand-in of a column left out of memory by a partial load. */
    public boolean resident() {
        return resident;
    }

    /**
     * This column with a validity mask (false = the row is null; its slot in the values holds a
     * placeholder). Columns of nullable fields always carry one; others never do.
     */
    public FieldColumn withValid(boolean[] validity) {
        if (validity != null && validity.length != rowCount) {
            throw new IllegalArgumentException(
                    "valid_data has " + validity.length + " entries for " + rowCount + " rows of field " + name);
        }
        return new FieldColumn(name, type, dim, rowCount, values, validity, resident, structFields);
    }

    /**
     * This {@link DataType#STRUCT_ARRAY} column knowing its field's sub-fields, which its wire
     * form needs (each sub-field travels as its own typed column).
     */
    public FieldColumn withStructFields(List<FieldSchema> subFields) {
        return new FieldColumn(name, type, dim, rowCount, values, valid, resident, List.copyOf(subFields));
    }

    /** The sub-fields given by {@link #withStructFields}, or null. */
    public List<FieldSchema> structFields() {
        return structFields;
    }

    /**
     * A search's embedding-list queries (Milvus 2.6's {@code EmbList*} placeholders, which query a
     * struct's vector sub-field): one flattened list of float vectors per query, their dim not yet
     * known (the sub-field gives it). Typed {@link DataType#STRUCT_ARRAY}; read with
     * {@link #embeddingLists()}.
     */
    public static FieldColumn embeddingLists(String name, float[][] lists) {
        return new FieldColumn(name, DataType.STRUCT_ARRAY, 0, lists.length, lists);
    }

    /** The queries of an {@link #embeddingLists} column, or null for any other column. */
    public float[][] embeddingLists() {
        return values instanceof float[][] f ? f : null;
    }

    /** The validity mask, or null when every row holds a value. */
    public boolean[] valid() {
        return valid;
    }

    /** True when this row is null. */
    public boolean isNull(int row) {
        return valid != null && !valid[row];
    }

    public static FieldColumn bools(String name, boolean[] v) {
        return new FieldColumn(name, DataType.BOOL, 0, v.length, v);
    }

    /** INT8, INT16 or INT32 values held as ints. */
    public static FieldColumn ints(String name, DataType type, int[] v) {
        if (type != DataType.INT8 && type != DataType.INT16 && type != DataType.INT32) {
            throw new IllegalArgumentException("ints() takes INT8/INT16/INT32, not " + type);
        }
        return new FieldColumn(name, type, 0, v.length, v);
    }

    public static FieldColumn longs(String name, long[] v) {
        return new FieldColumn(name, DataType.INT64, 0, v.length, v);
    }

    public static FieldColumn floats(String name, float[] v) {
        return new FieldColumn(name, DataType.FLOAT, 0, v.length, v);
    }

    public static FieldColumn doubles(String name, double[] v) {
        return new FieldColumn(name, DataType.DOUBLE, 0, v.length, v);
    }

    /**
     * This column's values under {@code t}, a type of the same {@link DataType#storage()} (INT64
     * values as TIMESTAMPTZ, VARCHAR values as GEOMETRY, and back); validity and residency kept.
     */
    public FieldColumn as(DataType t) {
        if (t == type) {
            return this;
        }
        if (t.storage() != type.storage()) {
            throw new IllegalArgumentException("a " + type + " column cannot be read as " + t);
        }
        return new FieldColumn(name, t, dim, rowCount, values, valid, resident, structFields);
    }

    public static FieldColumn varchars(String name, List<String> v) {
        return new FieldColumn(name, DataType.VARCHAR, 0, v.size(), v.toArray(new String[0]));
    }

    /** JSON documents, one UTF-8 encoded document per row (validated by the engine on insert). */
    public static FieldColumn jsons(String name, byte[][] v) {
        return new FieldColumn(name, DataType.JSON, 0, v.length, v);
    }

    /**
     * ARRAY values, one JSON array (UTF-8) per row, whose elements are of {@code elementType}
     * (reported by {@link #dim()} as its wire number, as arrays have no dimension; 0 while not
     * yet known, e.g. a request whose rows are all empty).
     */
    public static FieldColumn arrays(String name, DataType elementType, byte[][] v) {
        return new FieldColumn(name, DataType.ARRAY, elementType == null ? 0 : elementType.number(), v.length, v);
    }

    /** Float vectors, row-major; {@code flat.length} must be a multiple of {@code dim}. */
    public static FieldColumn floatVectors(String name, int dim, float[] flat) {
        if (dim <= 0 || flat.length % dim != 0) {
            throw new IllegalArgumentException(
                    "float vector data of length " + flat.length + " is not a multiple of dim " + dim);
        }
        return new FieldColumn(name, DataType.FLOAT_VECTOR, dim, flat.length / dim, flat);
    }

    /** Binary vectors of {@code dim} bits each, {@code dim/8} bytes per row. */
    public static FieldColumn binaryVectors(String name, int dim, byte[] flat) {
        if (dim % 8 != 0) {
            throw new IllegalArgumentException(
                    "binary vector data of length " + flat.length + " does not fit dim " + dim);
        }
        return byteVectors(name, DataType.BINARY_VECTOR, dim, flat);
    }

    /**
     * Dense vectors held as raw bytes ({@link DataType#isByteVector()}), {@code type.rowBytes(dim)}
     * bytes per row, row-major; {@code flat.length} must be a whole number of rows.
     */
    public static FieldColumn byteVectors(String name, DataType type, int dim, byte[] flat) {
        if (!type.isByteVector()) {
            throw new IllegalArgumentException("byteVectors() takes a byte vector type, not " + type);
        }
        int bytes = type.rowBytes(dim);
        if (dim <= 0 || bytes <= 0 || flat.length % bytes != 0) {
            throw new IllegalArgumentException(type + " data of length " + flat.length + " does not fit dim " + dim);
        }
        return new FieldColumn(name, type, dim, flat.length / bytes, flat);
    }

    /**
     * Sparse float vectors, one row of little-endian (uint32 index, float32 value) pairs each;
     * {@link #dim()} is one past the largest index of the batch (capped at Integer.MAX_VALUE), as
     * Milvus reports a sparse batch's {@code dim}. Rows are validated by the engine, not here.
     */
    public static FieldColumn sparseVectors(String name, byte[][] rows) {
        long dim = 0;
        for (byte[] r : rows) {
            int n = r.length / 8;
            if (n > 0) {
                int at = (n - 1) * 8;
                long last = (r[at] & 0xFFL)
                        | (r[at + 1] & 0xFFL) << 8
                        | (r[at + 2] & 0xFFL) << 16
                        | (r[at + 3] & 0xFFL) << 24;
                dim = Math.max(dim, last + 1);
            }
        }
        return new FieldColumn(
                name, DataType.SPARSE_FLOAT_VECTOR, (int) Math.min(Integer.MAX_VALUE, dim), rows.length, rows);
    }

    public String name() {
        return name;
    }

    public DataType type() {
        return type;
    }

    /** Vector dimension; 0 for scalars. */
    public int dim() {
        return dim;
    }

    public int rowCount() {
        return rowCount;
    }

    public boolean[] bools() {
        return (boolean[]) values;
    }

    public int[] ints() {
        return (int[]) values;
    }

    public long[] longs() {
        return (long[]) values;
    }

    public float[] floats() {
        return (float[]) values;
    }

    public double[] doubles() {
        return (double[]) values;
    }

    public String[] strings() {
        return (String[]) values;
    }

    /** JSON documents (ARRAY: JSON arrays), UTF-8, one per row. */
    public byte[][] jsonBytes() {
        return (byte[][]) values;
    }

    /** FLOAT_VECTOR data, row-major. */
    public float[] vectorFloats() {
        return values instanceof float[] f ? f : null;
    }

    /** BINARY/FLOAT16/BFLOAT16/INT8_VECTOR data, row-major. */
    public byte[] vectorBytes() {
        return (byte[]) values;
    }

    /** SPARSE_FLOAT_VECTOR rows: per row the bytes of its (uint32 index, float32 value) pairs. */
    public byte[][] sparseRows() {
        return (byte[][]) values;
    }

    /**
     * The scalar value of one row, boxed: Boolean, Long (all integer types), Float, Double,
     * String; JSON as its UTF-8 bytes; null for a null row. Not for vectors.
     */
    public Object scalar(int row) {
        if (valid != null && !valid[row]) {
            return null;
        }
        switch (type.storage()) {
            case BOOL:
                return bools()[row];
            case INT8:
            case INT16:
            case INT32:
                return (long) ints()[row];
            case INT64:
                return longs()[row];
            case FLOAT:
                return floats()[row];
            case DOUBLE:
                return doubles()[row];
            case VARCHAR:
                return strings()[row];
            case JSON:
            case ARRAY:
                return jsonBytes()[row];
            default:
                throw new IllegalStateException(type + " is not a scalar type");
        }
    }
}
