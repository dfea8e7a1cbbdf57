/**
 * The embeddable Milvus-compatible reference server: {@link io.partita.server.ReferenceServer}
 * (builder, start, close) and {@link io.partita.server.Main} (the standalone command line). This
 * top layer only wires the parts together: it opens the engine, builds the gRPC service and the
 * HTTP API from the same RPC declarations, and owns what it opens. Nothing below imports it.
 */
package io.partita.server;
