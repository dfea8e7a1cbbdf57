package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Asks for a collection's schema and settings ({@code MilvusClientV2.describeCollection}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DescribeCollectionReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection; give this or {@code collectionId}. */
    private final String collectionName;
    /** The collection's id, used when no name is given; {@code null} for none. */
    private final Long collectionId;

    @Builder
    private DescribeCollectionReq(String databaseName, String collectionName, Long collectionId) {
        if (collectionId == null) {
            Checks.notBlank(collectionName, "DescribeCollectionReq.collectionName");
        }
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.collectionId = collectionId;
    }

    /** Builds a {@link DescribeCollectionReq}; unset fields take the defaults documented on the getters. */
    public static class DescribeCollectionReqBuilder {}

    @Override
    public String toString() {
        return "DescribeCollectionReq{" + "databaseName=" + databaseName + ", " + "collectionName=" + collectionName
                + ", collectionId=" + collectionId + "}";
    }
}
