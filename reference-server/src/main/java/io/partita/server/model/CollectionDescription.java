package io.partita.server.model;

import java.util.List;
import java.util.Map;

/**
 * DescribeCollection's answer.
 *
 * @param schema the schema with assigned field ids
 * @param aliases the aliases pointing at this collection; unmodifiable
 * @param virtualChannels one made-up channel name per shard, stable for the collection
 * @param properties the collection's properties (AlterCollection); unmodifiable
 */
public record CollectionDescription(
        long collectionId,
        CollectionSchema schema,
        long createdTimestamp,
        long createdUtcMs,
        List<String> aliases,
        List<String> virtualChannels,
        Map<String, String> properties) {
    public CollectionDescription {
        aliases = List.copyOf(aliases);
        virtualChannels = List.copyOf(virtualChannels);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** A description without properties. */
    public CollectionDescription(
            long collectionId,
            CollectionSchema schema,
            long createdTimestamp,
            long createdUtcMs,
            List<String> aliases,
            List<String> virtualChannels) {
        this(collectionId, schema, createdTimestamp, createdUtcMs, aliases, virtualChannels, Map.of());
    }
}
