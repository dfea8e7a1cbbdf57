package io.partita.server.catalog;

import java.util.Map;

/** An index as persisted in the catalog. Immutable; {@code params} unmodifiable. */
public record IndexMeta(long id, String name, String fieldName, Map<String, String> params) {
    public IndexMeta {
        params = Map.copyOf(params);
    }
}
