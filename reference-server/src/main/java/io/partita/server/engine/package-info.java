/**
 * The engine API: {@link io.partita.server.engine.Engine}, the one place every rule of
 * SEMANTICS.md is applied (limits, names, lifecycle, memory), and its
 * {@link io.partita.server.engine.EngineConfig}. Adapters (grpc, http) call only this interface;
 * the implementation lives in {@code engine.core}. The packages below the engine (storage,
 * catalog, lifecycle, memory, search, expr, auth) never import it.
 */
package io.partita.server.engine;
