package io.partita.server.model;

/** Load state of a collection or partition; {@link #number()} is the wire enum value (common.LoadState). */
public enum LoadState {
    NOT_EXIST(0),
    NOT_LOAD(1),
    LOADING(2),
    LOADED(3);

    private final int number;

    LoadState(int number) {
        this.number = number;
    }

    /** The value of {@code common.LoadState} on the wire. */
    public int number() {
        return number;
    }
}
