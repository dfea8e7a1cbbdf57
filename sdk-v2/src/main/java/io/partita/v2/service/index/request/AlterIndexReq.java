package io.partita.v2.service.index.request;

import io.partita.v2.internal.Checks;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * Sets index properties: the deprecated form of {@code alterIndexProperties} ({@code MilvusClientV2.alterIndex}).
 *
 * <p>Immutable: the map is copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class AlterIndexReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The index (required by the server). */
    private final String indexName;
    /** The properties to set; empty by default. */
    private final Map<String, String> properties;

    @Builder
    private AlterIndexReq(
            String databaseName, String collectionName, String indexName, Map<String, String> properties) {
        Checks.notBlank(collectionName, "AlterIndexReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.indexName = indexName == null ? "" : indexName;
        this.properties = Checks.copy(properties);
    }

    /** Builds a {@link AlterIndexReq}; unset fields take the defaults documented on the getters. */
    public static class AlterIndexReqBuilder {}

    @Override
    public String toString() {
        return "AlterIndexReq{databaseName=" + databaseName + ", collectionName=" + collectionName + ", indexName="
                + indexName + ", properties=" + properties + "}";
    }
}
