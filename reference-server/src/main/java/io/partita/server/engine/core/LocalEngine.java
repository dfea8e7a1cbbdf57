package io.partita.server.engine.core;

import io.partita.server.engine.Engine;
import io.partita.server.engine.EngineConfig;

/** The in-process engine implementation. */
public final class LocalEngine {
    private LocalEngine() {
    }

    public static Engine open(EngineConfig config) {
        throw new UnsupportedOperationException("engine implementation in progress");
    }
}
