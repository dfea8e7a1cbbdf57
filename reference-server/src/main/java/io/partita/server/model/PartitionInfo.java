package io.partita.server.model;

/**
 * One row of ShowPartitions.
 *
 * @param createdTimestamp hybrid timestamp (physical ms &lt;&lt; 18)
 * @param createdUtcMs creation time, ms since the epoch
 * @param inMemoryPercentage 0..100; 0 when not loaded
 */
public record PartitionInfo(
        String name,
        long partitionId,
        long createdTimestamp,
        long createdUtcMs,
        int inMemoryPercentage,
        LoadState loadState) {}
