package io.partita.model;

/**
 * The state of a compaction.
 */
public enum CompactionState {
    UndefiedState(0),
    Executing(1),
    Completed(2);

    private final int number;

    CompactionState(int number) { this.number = number; }

    /** @return the protocol number of this value */
    public int getNumber() { return number; }

    /**
     * @param number a protocol number
     * @return the value with that number, or {@code null} when this SDK does not know it
     */
    public static CompactionState forNumber(int number) {
        for (CompactionState v : values()) {
            if (v.number == number) return v;
        }
        return null;
    }
}
