/**
 * Server benchmarks: load, search, release and start-up of the reference server, and index build and
 * recall against faiss and hnswlib (bench/run-index-bench.sh); each program prints the figures
 * docs/benchmarks.md records with its command. Programs, not tests.
 */
package io.partita.bench;
