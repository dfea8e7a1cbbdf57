package io.partita.v2.service.partition.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Lists a collection's partitions ({@code MilvusClientV2.listPartitions}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class ListPartitionsReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;

    @Builder
    private ListPartitionsReq(String databaseName, String collectionName) {
        Checks.notBlank(collectionName, "ListPartitionsReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
    }

    /** Builds a {@link ListPartitionsReq}; unset fields take the defaults documented on the getters. */
    public static class ListPartitionsReqBuilder {}

    @Override
    public String toString() {
        return "ListPartitionsReq{" + "databaseName=" + databaseName + ", " + "collectionName=" + collectionName + "}";
    }
}
