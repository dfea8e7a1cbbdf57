package io.partita.model;

/**
 * The state of a segment.
 */
public enum SegmentState {
    /** No state known. */
    SegmentStateNone(0),
    /** The segment does not exist. */
    NotExist(1),
    /** Open for inserts, held in memory. */
    Growing(2),
    /** Closed to inserts, not yet flushed. */
    Sealed(3),
    /** Persisted to storage. */
    Flushed(4),
    /** Being persisted to storage. */
    Flushing(5),
    /** Dropped, for example after compaction or a drop; awaiting removal. */
    Dropped(6),
    /** Being filled by a bulk import. */
    Importing(7);

    private final int number;

    SegmentState(int number) {
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
    public static SegmentState forNumber(int number) {
        for (SegmentState v : values()) {
            if (v.number == number) return v;
        }
        return null;
    }
}
