package io.partita.server.catalog;

import io.partita.server.model.CollectionSchema;
import java.util.List;
import java.util.Map;

/**
 * A collection as persisted in the catalog. Immutable.
 *
 * @param schema the schema with field ids assigned
 * @param createdTimestamp hybrid timestamp of creation
 * @param indexes the indexes on its vector fields; unmodifiable
 * @param properties the properties AlterCollection set ({@code collection.ttl.seconds}, ...); unmodifiable
 */
public record CollectionMeta(
        long id,
        CollectionSchema schema,
        long createdTimestamp,
        long createdUtcMs,
        List<IndexMeta> indexes,
        Map<String, String> properties) {
    public CollectionMeta {
        indexes = List.copyOf(indexes);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** A collection without properties. */
    public CollectionMeta(
            long id, CollectionSchema schema, long createdTimestamp, long createdUtcMs, List<IndexMeta> indexes) {
        this(id, schema, createdTimestamp, createdUtcMs, indexes, Map.of());
    }

    public String name() {
        return schema.name();
    }

    public CollectionMeta withIndexes(List<IndexMeta> newIndexes) {
        return new CollectionMeta(id, schema, createdTimestamp, createdUtcMs, newIndexes, properties);
    }

    public CollectionMeta withProperties(Map<String, String> newProperties) {
        return new CollectionMeta(id, schema, createdTimestamp, createdUtcMs, indexes, newProperties);
    }

    public CollectionMeta withSchema(CollectionSchema newSchema) {
        return new CollectionMeta(id, newSchema, createdTimestamp, createdUtcMs, indexes, properties);
    }
}
