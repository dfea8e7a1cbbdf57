/**
 * Segment storage on disk: the per-partition write-ahead log and sealed segment files
 * ({@link io.partita.server.storage.PartitionStore}, {@code FramedLog}, {@code SegmentFileWriter},
 * {@code SegmentFileReader}), column codecs and tombstones. Files are checksummed; a corrupt one
 * raises {@code CorruptSegmentException}. It sizes loaded segments with the memory package's {@code RamUsage}
 * and imports nothing above it (never the engine).
 */
package io.partita.server.storage;
