/**
 * Vector search kernels: {@link io.partita.server.search.FlatSearcher} scans segments with the
 * distance {@code Kernels} of a {@code Metric} and keeps the best hits in {@code TopK}. It knows
 * nothing of collections, names or limits (the engine checks those) and imports no other server
 * package.
 */
package io.partita.server.search;
