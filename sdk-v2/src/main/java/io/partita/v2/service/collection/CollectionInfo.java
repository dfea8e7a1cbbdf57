package io.partita.v2.service.collection;

import lombok.Builder;
import lombok.Getter;

/**
 * One collection of {@code MilvusClientV2.listCollections}' answer
 * ({@code ListCollectionsResp.getCollectionInfos()}).
 *
 * <p>Immutable.
 */
@Getter
public final class CollectionInfo {
    /** The collection's name. */
    private final String collectionName;
    /**
     * Its number of shards, when the server reports it (Milvus 2.6.1+'s ShowCollections
     * {@code shards_num}); {@code null} otherwise, as the official client leaves it. The reference
     * server does not report it.
     */
    private final Integer shardNum;

    @Builder
    private CollectionInfo(String collectionName, Integer shardNum) {
        this.collectionName = collectionName;
        this.shardNum = shardNum;
    }

    /** Builds a {@link CollectionInfo}. */
    public static class CollectionInfoBuilder {}

    @Override
    public String toString() {
        return "CollectionInfo{collectionName='" + collectionName + "', shardNum=" + shardNum + "}";
    }
}
