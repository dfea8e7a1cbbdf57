package io.partita.v2.service.index.request;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Removes index properties ({@code MilvusClientV2.dropIndexProperties}).
 *
 * <p>Immutable: the list is copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DropIndexPropertiesReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The index (required by the server). */
    private final String indexName;
    /** The keys of the properties to remove; empty by default. */
    private final List<String> propertyKeys;

    @Builder
    private DropIndexPropertiesReq(
            String databaseName, String collectionName, String indexName, List<String> propertyKeys) {
        Checks.notBlank(collectionName, "DropIndexPropertiesReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.indexName = indexName == null ? "" : indexName;
        this.propertyKeys = Checks.copy(propertyKeys);
    }

    /** Builds a {@link DropIndexPropertiesReq}; unset fields take the defaults documented on the getters. */
    public static class DropIndexPropertiesReqBuilder {}

    @Override
    public String toString() {
        return "DropIndexPropertiesReq{databaseName=" + databaseName + ", collectionName=" + collectionName
                + ", indexName=" + indexName + ", propertyKeys=" + propertyKeys + "}";
    }
}
