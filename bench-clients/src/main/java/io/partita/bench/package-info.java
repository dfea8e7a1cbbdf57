/**
 * Client benchmarks: Partita's SDK against the official milvus-sdk-java on the same server, calls
 * interleaved so that machine noise falls on both alike; figures in docs/benchmarks.md. Programs, not
 * tests.
 */
package io.partita.bench;
