package io.partita.server.model;

/**
 * One row of ShowCollections.
 *
 * @param createdTimestamp hybrid timestamp (physical ms &lt;&lt; 18), as Milvus reports it
 * @param createdUtcMs creation time, ms since the epoch
 * @param inMemoryPercentage 0..100 loading progress of what is loaded or loading; 0 when released
 */
public record CollectionInfo(
        String name,
        long collectionId,
        long createdTimestamp,
        long createdUtcMs,
        int inMemoryPercentage,
        LoadState loadState) {}
