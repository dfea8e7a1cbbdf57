package io.partita.server.model;

/** Field data types the engine stores; {@link #number()} is the wire value of {@code schema.DataType}. */
public enum DataType {
    BOOL(1),
    INT8(2),
    INT16(3),
    INT32(4),
    INT64(5),
    FLOAT(10),
    DOUBLE(11),
    VARCHAR(21),
    /** Arrays of one scalar element type, held as JSON arrays (see {@link FieldColumn#arrays}). */
    ARRAY(22),
    /** JSON documents, stored as their UTF-8 bytes (validated on insert). */
    JSON(23),
    /**
     * Geometries (Milvus 2.6+), held as their normalized WKT text: stored as {@link #VARCHAR} (see
     * {@link #storage()}); WKT rules in {@link WellKnownText}.
     */
    GEOMETRY(24),
    /**
     * Instants with a time zone (Milvus 2.6+), held as microseconds since the epoch, UTC: stored
     * as {@link #INT64} (see {@link #storage()}); text rules in {@link Timestamps}.
     */
    TIMESTAMPTZ(26),
    BINARY_VECTOR(100),
    FLOAT_VECTOR(101),
    /** IEEE 754 half-precision vectors, 2 little-endian bytes per element. */
    FLOAT16_VECTOR(102),
    /** bfloat16 vectors (the high half of a float32), 2 little-endian bytes per element. */
    BFLOAT16_VECTOR(103),
    /**
     * Sparse float vectors: per row the bytes of (uint32 index, float32 value) pairs, little-endian,
     * indices strictly increasing (Milvus's wire form); no dimension.
     */
    SPARSE_FLOAT_VECTOR(104),
    /** Signed 8-bit integer vectors, one byte per element. */
    INT8_VECTOR(105),
    /**
     * A struct array field (Milvus 2.6+; {@code schema.DataType.ArrayOfStruct} on the wire, declared
     * in {@code CollectionSchema.struct_array_fields}): per row, one JSON object whose keys are the
     * sub-fields and whose values are equally long arrays of their elements (vectors as arrays of
     * numbers). Stored as {@link #JSON} (see {@link #storage()}); rules in the engine's
     * {@code StructRules}, sub-fields in {@link FieldSchema#structFields()}.
     */
    STRUCT_ARRAY(200);

    private final int number;

    DataType(int number) {
        this.number = number;
    }

    /** The value of {@code schema.DataType} on the wire. */
    public int number() {
        return number;
    }

    /**
     * The type whose column form ({@link FieldColumn}'s arrays), encoded bytes and memory charge
     * this type borrows: {@link #GEOMETRY} is held as {@link #VARCHAR} (its WKT text) and
     * {@link #TIMESTAMPTZ} as {@link #INT64} (µs UTC); every other type is its own. Storage,
     * memory and column-shuffling code switches on this; the wire codecs, the RESTful routes and
     * the filter compiler handle the types' own forms.
     */
    public DataType storage() {
        return switch (this) {
            case GEOMETRY -> VARCHAR;
            case TIMESTAMPTZ -> INT64;
            case STRUCT_ARRAY -> JSON;
            default -> this;
        };
    }

    /** True for the types only Milvus 2.6+ knows (GEOMETRY, TIMESTAMPTZ): older profiles refuse them. */
    public boolean since26() {
        return this == GEOMETRY || this == TIMESTAMPTZ;
    }

    /** True for vector types (which carry a {@code dim}). */
    public boolean isVector() {
        return number >= 100 && number < 200;
    }

    /**
     * True for the dense vector types held as raw bytes (BINARY, FLOAT16, BFLOAT16, INT8): a
     * column of them is one {@code byte[]} of {@link #rowBytes} per row.
     */
    public boolean isByteVector() {
        return this == BINARY_VECTOR || this == FLOAT16_VECTOR || this == BFLOAT16_VECTOR || this == INT8_VECTOR;
    }

    /** Bytes of one row of a dense vector of {@code dim} elements; -1 for other types. */
    public int rowBytes(int dim) {
        switch (this) {
            case BINARY_VECTOR:
                return dim / 8;
            case FLOAT_VECTOR:
                return 4 * dim;
            case FLOAT16_VECTOR:
            case BFLOAT16_VECTOR:
                return 2 * dim;
            case INT8_VECTOR:
                return dim;
            default:
                return -1;
        }
    }

    /** The type with this wire number, or null when the engine does not support it. */
    public static DataType fromNumber(int number) {
        for (DataType t : values()) {
            if (t.number == number) {
                return t;
            }
        }
        return null;
    }
}
