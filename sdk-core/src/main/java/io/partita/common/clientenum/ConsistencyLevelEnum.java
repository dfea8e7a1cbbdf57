package io.partita.common.clientenum;

import io.partita.model.ConsistencyLevel;

/** Consistency levels of a collection or request, as in the official SDK. */
public enum ConsistencyLevelEnum {
    /** Reads see every write acknowledged before the request. Protocol value {@link ConsistencyLevel#Strong}. */
    STRONG(ConsistencyLevel.Strong),
    /** Reads see every write made through this client. Protocol value {@link ConsistencyLevel#Session}. */
    SESSION(ConsistencyLevel.Session),
    /** Reads may miss writes from the last graceful time (5 s by default). Protocol value {@link ConsistencyLevel#Bounded}. */
    BOUNDED(ConsistencyLevel.Bounded),
    /** Reads may miss any recent write; the fastest. Protocol value {@link ConsistencyLevel#Eventually}. */
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
