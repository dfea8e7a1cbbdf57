package io.partita.v2.service.collection.request;

import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Describes several collections in one call ({@code MilvusClientV2.batchDescribeCollection};
 * BatchDescribeCollection, Milvus 2.6). Partita names collections only: {@code collectionIds}
 * is accepted by the builder, and a non-empty list is refused when sent ({@code INVALID_PARAMS}).
 *
 * <p>Immutable: the lists are copied in and handed out unmodifiable.
 */
@Getter
public final class BatchDescribeCollectionReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collections to describe, in order. */
    private final List<String> collectionNames;
    /** Collection ids (not sent by Partita: name the collections). Default empty. */
    private final List<Long> collectionIds;

    @Builder
    private BatchDescribeCollectionReq(String databaseName, List<String> collectionNames, List<Long> collectionIds) {
        this.databaseName = databaseName;
        this.collectionNames = collectionNames == null ? List.of() : List.copyOf(collectionNames);
        this.collectionIds = collectionIds == null ? List.of() : List.copyOf(collectionIds);
    }

    /** Builds a {@link BatchDescribeCollectionReq}; unset fields take the defaults documented on the getters. */
    public static class BatchDescribeCollectionReqBuilder {}

    @Override
    public String toString() {
        return "BatchDescribeCollectionReq{databaseName=" + databaseName + ", collectionNames=" + collectionNames
                + ", collectionIds=" + collectionIds + "}";
    }
}
