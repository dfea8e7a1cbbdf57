package io.partita.model;

/**
 * The consistency level of a collection or request, numbered as in the Milvus protocol.
 */
public enum ConsistencyLevel {
    Strong(0),
    Session(1),
    Bounded(2),
    Eventually(3),
    Customized(4);

    private final int number;

    ConsistencyLevel(int number) { this.number = number; }

    /** @return the protocol number of this value */
    public int getNumber() { return number; }

    /**
     * @param number a protocol number
     * @return the value with that number, or {@code null} when this SDK does not know it
     */
    public static ConsistencyLevel forNumber(int number) {
        for (ConsistencyLevel v : values()) {
            if (v.number == number) return v;
        }
        return null;
    }
}
