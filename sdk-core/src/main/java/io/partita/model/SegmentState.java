package io.partita.model;

/**
 * The state of a segment.
 */
public enum SegmentState {
    SegmentStateNone(0),
    NotExist(1),
    Growing(2),
    Sealed(3),
    Flushed(4),
    Flushing(5),
    Dropped(6),
    Importing(7);

    private final int number;

    SegmentState(int number) { this.number = number; }

    /** @return the protocol number of this value */
    public int getNumber() { return number; }

    /**
     * @param number a protocol number
     * @return the value with that number, or {@code null} when this SDK does not know it
     */
    public static SegmentState forNumber(int number) {
        for (SegmentState v : values()) {
            if (v.number == number) return v;
        }
        return null;
    }
}
