package io.partita.server.model;

import java.util.List;

/**
 * What a collection is created with. Immutable.
 *
 * @param name the collection name (validated by the engine, message names the bad value)
 * @param description free text
 * @param fields the fields in order; copied, unmodifiable
 * @param shardsNum number of shards; values ≤ 0 mean the default 1 (stored, reported, otherwise unused)
 * @param consistencyLevel the wire {@code common.ConsistencyLevel} number, stored and reported
 *     (the engine is always strongly consistent)
 * @param enableDynamicField whether rows may carry keys that are not fields; they are kept in the
 *     hidden JSON field {@code $meta} ({@link FieldSchema#dynamic()}), which the engine adds
 */
public record CollectionSchema(
        String name,
        String description,
        List<FieldSchema> fields,
        int shardsNum,
        int consistencyLevel,
        boolean enableDynamicField) {
    public CollectionSchema {
        description = description == null ? "" : description;
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** A schema without dynamic fields. */
    public CollectionSchema(
            String name, String description, List<FieldSchema> fields, int shardsNum, int consistencyLevel) {
        this(name, description, fields, shardsNum, consistencyLevel, false);
    }

    /** The primary key field, or null when there is none (only before validation). */
    public FieldSchema primaryKey() {
        return fields.stream().filter(FieldSchema::primaryKey).findFirst().orElse(null);
    }

    /** The partition key field ({@link FieldSchema#partitionKey()}), or null. */
    public FieldSchema partitionKey() {
        return fields.stream().filter(FieldSchema::partitionKey).findFirst().orElse(null);
    }

    /** The field with this name, or null. */
    public FieldSchema field(String fieldName) {
        return fields.stream()
                .filter(f -> f.name().equals(fieldName))
                .findFirst()
                .orElse(null);
    }
}
