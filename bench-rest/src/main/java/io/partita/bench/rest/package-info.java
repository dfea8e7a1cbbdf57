/**
 * The REST-versus-gRPC benchmark: the same calls through Partita's two transports against one
 * reference server, alternating call by call; figures in docs/benchmarks.md. A program, not a test.
 */
package io.partita.bench.rest;
