/**
 * The engine implementation: {@link io.partita.server.engine.core.LocalEngine} (open, the
 * open/closing/closed state guarded on every call) and its one-job operation classes
 * ({@code CollectionOps}, {@code LoadOps}, {@code SearchOps}, ...), which consult the lifecycle
 * profile and carry out its plans over the catalog, storage, memory and search packages. Rules
 * with one home live here, e.g. name trimming ({@code Names}) and the nq/topK limits
 * ({@code SearchOps}). Only the server root imports this package (to open an engine).
 */
package io.partita.server.engine.core;
