package io.partita.model;

/**
 * What ShowCollections/ShowPartitions report: everything, or only what is in memory with percentages.
 */
public enum ShowType {
    /** List every collection or partition, loaded or not. */
    All(0),
    /** List only loaded ones, with their in-memory percentages. */
    InMemory(1);

    private final int number;

    ShowType(int number) {
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
    public static ShowType forNumber(int number) {
        for (ShowType v : values()) {
            if (v.number == number) return v;
        }
        return null;
    }
}
