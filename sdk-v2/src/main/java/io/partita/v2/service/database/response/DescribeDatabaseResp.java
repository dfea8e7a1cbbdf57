package io.partita.v2.service.database.response;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.describeDatabase} answers: the name and the properties (as the official
 * client, which leaves out the id and creation time).
 *
 * <p>Immutable: made by the client from the server's answer; the map is unmodifiable.
 */
@Getter
public final class DescribeDatabaseResp {
    /** The database. */
    private final String databaseName;
    /** Its properties, in the server's order. */
    private final Map<String, String> properties;

    @Builder
    private DescribeDatabaseResp(String databaseName, Map<String, String> properties) {
        this.databaseName = databaseName;
        this.properties = Collections.unmodifiableMap(properties == null ? Map.of() : new LinkedHashMap<>(properties));
    }

    @Override
    public String toString() {
        return "DescribeDatabaseResp{databaseName=" + databaseName + ", properties=" + properties + "}";
    }
}
