package io.partita.model;

/**
 * The state of a compaction.
 */
public enum CompactionState {
    /** No state known (the proto spells it this way). */
    UndefiedState(0),
    /** At least one plan of the compaction is still running. */
    Executing(1),
    /** Every plan of the compaction has finished, successfully or not. */
    Completed(2);

    private final int number;

    CompactionState(int number) {
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
    public static CompactionState forNumber(int number) {
        for (CompactionState v : values()) {
            if (v.number == number) return v;
        }
        return null;
    }
}
