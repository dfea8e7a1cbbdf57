package io.partita.model;

/**
 * The data type of a field, numbered as in the Milvus protocol.
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
    BinaryVector(100),
    FloatVector(101);

    private final int number;

    DataType(int number) { this.number = number; }

    /** @return the protocol number of this value */
    public int getNumber() { return number; }

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
