package io.partita.v2.common;

/** Consistency levels of a collection or a read, with the protocol's name and number. */
public enum ConsistencyLevel {
    STRONG("Strong", 0),
    SESSION("Session", 1),
    BOUNDED("Bounded", 2),
    EVENTUALLY("Eventually", 3);

    private final String name;
    private final int code;

    ConsistencyLevel(String name, int code) {
        this.name = name;
        this.code = code;
    }

    /** @return the protocol's name, e.g. {@code "Bounded"} */
    public String getName() {
        return name;
    }

    /** @return the protocol number */
    public int getCode() {
        return code;
    }

    /** @return the level with this protocol name (exact case), or {@code null} */
    public static ConsistencyLevel fromName(String name) {
        for (ConsistencyLevel level : values()) {
            if (level.name.equals(name)) {
                return level;
            }
        }
        return null;
    }
}
