package io.partita.server.model;

/** The lifecycle of an engine: it only moves forward, OPEN → CLOSING → CLOSED. */
public enum EngineState {
    /** Accepting calls. */
    OPEN,
    /** {@code Engine.close()} has started; new calls fail, running ones finish. */
    CLOSING,
    /** Closed: every call fails with an {@link EngineException}. */
    CLOSED
}
