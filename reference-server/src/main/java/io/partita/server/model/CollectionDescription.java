package io.partita.server.model;

import java.util.List;

/**
 * DescribeCollection's answer.
 *
 * @param schema the schema with assigned field ids
 * @param aliases the aliases pointing at this collection; unmodifiable
 * @param virtualChannels one made-up channel name per shard, stable for the collection
 */
public record CollectionDescription(
        long collectionId,
        CollectionSchema schema,
        long createdTimestamp,
        long createdUtcMs,
        List<String> aliases,
        List<String> virtualChannels) {
    public CollectionDescription {
        aliases = List.copyOf(aliases);
        virtualChannels = List.copyOf(virtualChannels);
    }
}
