package io.partita.server.model;

import io.partita.server.engine.Engine;

/** The lifecycle of an {@link Engine}: it only moves forward, OPEN → CLOSING → CLOSED. */
public enum EngineState {
    /** Accepting calls. */
    OPEN,
    /** {@link Engine#close()} has started; new calls fail, running ones finish. */
    CLOSING,
    /** Closed: every call fails with an {@link EngineException}. */
    CLOSED
}
