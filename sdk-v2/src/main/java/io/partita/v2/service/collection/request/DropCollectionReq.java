package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Drops a collection with its data, partitions and indexes ({@code MilvusClientV2.dropCollection}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DropCollectionReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** Accepted for compatibility; the drop is complete when the call returns. Default {@code true}. */
    private final Boolean async;
    /** Accepted for compatibility (milliseconds). Default 60000. */
    private final Long timeout;

    @Builder
    private DropCollectionReq(String databaseName, String collectionName, Boolean async, Long timeout) {
        Checks.notBlank(collectionName, "DropCollectionReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.async = async == null ? Boolean.TRUE : async;
        this.timeout = timeout == null ? 60000L : timeout;
    }

    /** Builds a {@link DropCollectionReq}; unset fields take the defaults documented on the getters. */
    public static class DropCollectionReqBuilder {
        private Boolean async = Boolean.TRUE;
        private Long timeout = 60000L;
    }

    @Override
    public String toString() {
        return "DropCollectionReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "async=" + async + ", "
                + "timeout=" + timeout + "}";
    }
}
