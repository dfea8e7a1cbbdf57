package io.partita.model;

/**
 * The load state of a collection or partition, as reported by GetLoadState.
 */
public enum LoadState {
    /** The collection or partition does not exist. */
    LoadStateNotExist(0),
    /** Exists but is not loaded; searches and queries are refused. */
    LoadStateNotLoad(1),
    /** Loading has started but not finished. */
    LoadStateLoading(2),
    /** Fully loaded; searches and queries are served. */
    LoadStateLoaded(3);

    private final int number;

    LoadState(int number) {
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
    public static LoadState forNumber(int number) {
        for (LoadState v : values()) {
            if (v.number == number) return v;
        }
        return null;
    }
}
