package io.partita.model;

/**
 * A limit the server's quota center puts on the cluster, as reported by CheckHealth.
 */
public enum QuotaState {
    /** No known state. */
    Unknown(0),
    /** Reads are throttled. */
    ReadLimited(2),
    /** Writes are throttled. */
    WriteLimited(3),
    /** Reads are refused. */
    DenyToRead(4),
    /** Writes are refused. */
    DenyToWrite(5),
    /** Schema changes (DDL) are refused. */
    DenyToDDL(6);

    private final int number;

    QuotaState(int number) {
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
    public static QuotaState forNumber(int number) {
        for (QuotaState v : values()) {
            if (v.number == number) return v;
        }
        return null;
    }
}
