package io.partita.model;

/**
 * The build state of an index.
 */
public enum IndexState {
    /** No state known. */
    IndexStateNone(0),
    /** The build is queued but not yet assigned. */
    Unissued(1),
    /** The build is running. */
    InProgress(2),
    /** The build finished; the index serves searches. */
    Finished(3),
    /** The build failed; the fail reason says why. */
    Failed(4),
    /** The build failed and will be retried. */
    Retry(5);

    private final int number;

    IndexState(int number) {
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
    public static IndexState forNumber(int number) {
        for (IndexState v : values()) {
            if (v.number == number) return v;
        }
        return null;
    }
}
