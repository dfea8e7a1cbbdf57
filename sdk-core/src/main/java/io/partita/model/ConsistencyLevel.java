package io.partita.model;

/**
 * The consistency level of a collection or request, numbered as in the Milvus protocol.
 */
public enum ConsistencyLevel {
    /** Reads see every write acknowledged before the request; the slowest level. */
    Strong(0),
    /** Reads see every write made through this client. */
    Session(1),
    /** Reads may miss writes from the last few seconds; the server default. */
    Bounded(2),
    /** Reads may miss any recent write; the fastest level. */
    Eventually(3),
    /** Reads honour the caller's own guarantee timestamp. */
    Customized(4);

    private final int number;

    ConsistencyLevel(int number) {
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
    public static ConsistencyLevel forNumber(int number) {
        for (ConsistencyLevel v : values()) {
            if (v.number == number) return v;
        }
        return null;
    }
}
