/**
 * Vector search: the {@link io.partita.server.search.VectorIndex} seat every index type fills
 * (FLAT, the exact scan; HNSW), the factory that picks an implementation by index type
 * ({@link io.partita.server.search.VectorIndexes}), the checksummed index file beside each
 * segment ({@link io.partita.server.search.IndexFile}), the multi-segment parallel exact scan
 * ({@link io.partita.server.search.FlatSearcher}) and the distance kernels
 * ({@link io.partita.server.search.Kernels}: Java Vector API when {@code jdk.incubator.vector}
 * is present, scalar otherwise). Imports nothing of the server but {@code memory} (sizes) and
 * nothing of the engine; indexes hold no reference to segments beyond their vectors.
 */
package io.partita.server.search;
