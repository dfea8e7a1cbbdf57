package io.partita.model;

/**
 * The data type of a field, numbered as in the Milvus protocol.
 */
public enum DataType {
    /** No type set; never valid in a schema. */
    None(0),
    /** Boolean scalar. */
    Bool(1),
    /** 8-bit signed integer, carried as int on the wire. */
    Int8(2),
    /** 16-bit signed integer, carried as int on the wire. */
    Int16(3),
    /** 32-bit signed integer. */
    Int32(4),
    /** 64-bit signed integer; the usual primary key type. */
    Int64(5),
    /** 32-bit floating point. */
    Float(10),
    /** 64-bit floating point. */
    Double(11),
    /** Unbounded string; reserved by the protocol, not accepted in a schema. */
    String(20),
    /** String bounded by the {@code max_length} type parameter, in bytes; may be a primary key. */
    VarChar(21),
    /** An array of scalars of one element type, up to the field's {@code max_capacity} (Milvus 2.3+). */
    Array(22),
    /** A JSON document, stored as its UTF-8 text (Milvus 2.3+). */
    JSON(23),
    /** Bit vector; {@code dim} is in bits and must be a multiple of 8. */
    BinaryVector(100),
    /** Vector of 32-bit floats; {@code dim} is the number of elements. */
    FloatVector(101),
    /** IEEE half-precision vectors, two bytes per dimension (Milvus 2.4+). */
    Float16Vector(102),
    /** bfloat16 vectors, two bytes per dimension (Milvus 2.4+). */
    BFloat16Vector(103),
    /** Sparse vectors: index → value maps (Milvus 2.4+). */
    SparseFloatVector(104),
    /** Signed 8-bit vectors, one byte per dimension (Milvus 2.5+). */
    Int8Vector(105),
    /**
     * A struct array field's column (Milvus 2.6): per row a {@code List} of structs, each a
     * {@code Map} from sub-field name to value ({@link FieldData#getStructFieldsList()} types them).
     */
    ArrayOfStruct(200);

    private final int number;

    DataType(int number) {
        this.number = number;
    }

    /** @return the protocol number of this value */
    public int getNumber() {
        return number;
    }

    /**
     * @param number a protocol number
     * @return the value with that number, or {@code null} when this SDK does not know it
     */
    public static DataType forNumber(int number) {
        for (DataType v : values()) {
            if (v.number == number) return v;
        }
        return null;
    }
}
