package io.partita.model;

/**
 * The load state of a collection or partition, as reported by GetLoadState.
 */
public enum LoadState {
    LoadStateNotExist(0),
    LoadStateNotLoad(1),
    LoadStateLoading(2),
    LoadStateLoaded(3);

    private final int number;

    LoadState(int number) { this.number = number; }

    /** @return the protocol number of this value */
    public int getNumber() { return number; }

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
