package io.partita.server.catalog;

import io.partita.server.model.CollectionSchema;
import java.util.List;

/**
 * A collection as persisted in the catalog. Immutable.
 *
 * @param schema the schema with field ids assigned
 * @param createdTimestamp hybrid timestamp of creation
 * @param indexes the indexes on its vector fields; unmodifiable
 */
public record CollectionMeta(
        long id, CollectionSchema schema, long createdTimestamp, long createdUtcMs, List<IndexMeta> indexes) {
    public CollectionMeta {
        indexes = List.copyOf(indexes);
    }

    public String name() {
        return schema.name();
    }

    public CollectionMeta withIndexes(List<IndexMeta> newIndexes) {
        return new CollectionMeta(id, schema, createdTimestamp, createdUtcMs, newIndexes);
    }
}
