package io.partita.model;

/**
 * The build state of an index.
 */
public enum IndexState {
    IndexStateNone(0),
    Unissued(1),
    InProgress(2),
    Finished(3),
    Failed(4),
    Retry(5);

    private final int number;

    IndexState(int number) { this.number = number; }

    /** @return the protocol number of this value */
    public int getNumber() { return number; }

    /**
     * @param number a protocol number
     * @return the value with that number, or {@code null} when this SDK does not know it
     */
    public static IndexState forNumber(int number) {
        for (IndexState v : values()) {
            if (v.number == number) return v;
        }
        return null;
    }
}
