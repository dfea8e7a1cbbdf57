package io.partita.v2.common;

/**
 * Field data types with their protocol numbers, as the official V2 API names them. The reference
 * server stores Bool, the integer types, Float, Double, VarChar, FloatVector and BinaryVector; the
 * others exist so that code naming them compiles, and the server rejects a schema that uses them.
 */
public enum DataType {
    None(0),
    Bool(1),
    Int8(2),
    Int16(3),
    Int32(4),
    Int64(5),
    Float(10),
    Double(11),
    String(20),
    VarChar(21),
    Array(22),
    JSON(23),
    Geometry(24),
    Timestamptz(26),
    BinaryVector(100),
    FloatVector(101),
    Float16Vector(102),
    BFloat16Vector(103),
    SparseFloatVector(104),
    Int8Vector(105),
    Struct(201);

    private final int code;

    DataType(int code) {
        this.code = code;
    }

    /** @return the protocol number of the type */
    public int getCode() {
        return code;
    }

    /** @return the type with this protocol number, or {@code null} when none has it */
    public static DataType forNumber(int code) {
        for (DataType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}
