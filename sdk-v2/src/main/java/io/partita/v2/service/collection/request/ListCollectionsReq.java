package io.partita.v2.service.collection.request;

import lombok.Builder;
import lombok.Getter;

/**
 * Lists the collections of a database ({@code MilvusClientV2.listCollectionsV2}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class ListCollectionsReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;

    @Builder
    private ListCollectionsReq(String databaseName) {
        this.databaseName = databaseName;
    }

    /** Builds a {@link ListCollectionsReq}; unset fields take the defaults documented on the getters. */
    public static class ListCollectionsReqBuilder {}

    @Override
    public String toString() {
        return "ListCollectionsReq{" + "databaseName=" + databaseName + "}";
    }
}
