package io.partita.server.model;

import java.util.Map;

/**
 * One database as ListDatabases and DescribeDatabase show it.
 *
 * @param createdTimestamp Milvus hybrid timestamp of the creation (0 for {@code default})
 * @param properties the properties set by CreateDatabase and AlterDatabase
 */
public record DatabaseInfo(String name, long id, long createdTimestamp, Map<String, String> properties) {
    public DatabaseInfo {
        properties = Map.copyOf(properties);
    }
}
