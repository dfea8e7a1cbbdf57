package io.partita.v2.common;

/** The state of a compaction, as the protocol names it (the official {@code CompactionState}). */
public enum CompactionState {
    UndefiedState(0),
    Executing(1),
    Completed(2);

    private final int code;

    CompactionState(int code) {
        this.code = code;
    }

    /** @return the protocol's number for this state */
    public int getCode() {
        return code;
    }
}
