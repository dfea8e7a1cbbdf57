package io.partita.common.clientenum;

import io.partita.model.ConsistencyLevel;

/** Consistency levels of a collection or request, as in the official SDK. */
public enum ConsistencyLevelEnum {
    STRONG(ConsistencyLevel.Strong),
    SESSION(ConsistencyLevel.Session),
    BOUNDED(ConsistencyLevel.Bounded),
    EVENTUALLY(ConsistencyLevel.Eventually);

    private final ConsistencyLevel level;

    ConsistencyLevelEnum(ConsistencyLevel level) {
        this.level = level;
    }

    /** @return the protocol value */
    public ConsistencyLevel getLevel() {
        return level;
    }

    /** @return the protocol number */
    public int getCode() {
        return level.getNumber();
    }
}
