/**
 * The server's Prometheus metrics, kept with Micrometer and printed by its Prometheus registry:
 * gRPC and HTTP request counts and latency histograms per method and status, JVM metrics
 * (memory, GC, threads, classes), and the query nodes' memory and each collection's and
 * partition's loaded bytes and load progress, read from the engine when {@code /metrics} is
 * scraped. Milvus's metric names are used where Milvus has the same quantity, Partita's own
 * ({@code partita_*}) beside them. One {@link io.partita.server.metrics.ServerMetrics} per
 * server; it reads the engine and never changes it. This package sits beside the adapters
 * (grpc, http), which record into it; it imports only the engine's interface and the model.
 */
package io.partita.server.metrics;
