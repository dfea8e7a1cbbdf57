package io.partita.server.catalog;

/** A partition as persisted in the catalog. Immutable. */
public record PartitionMeta(long id, long collectionId, String name, long createdTimestamp, long createdUtcMs) {
    /** The name of the partition every collection is created with. */
    public static final String DEFAULT_NAME = "_default";
}
