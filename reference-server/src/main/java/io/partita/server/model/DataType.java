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
    BINARY_VECTOR(100),
    FLOAT_VECTOR(101);

    private final int number;

    DataType(int number) {
        this.number = number;
    }

    /** The value of {@code schema.DataType} on the wire. */
    public int number() {
        return number;
    }

    /** True for vector types (which carry a {@code dim}). */
    public boolean isVector() {
        return this == FLOAT_VECTOR || this == BINARY_VECTOR;
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
