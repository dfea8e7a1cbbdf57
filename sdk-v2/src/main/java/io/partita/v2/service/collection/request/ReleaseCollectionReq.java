package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Frees a collection's memory ({@code MilvusClientV2.releaseCollection}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class ReleaseCollectionReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** Accepted for compatibility; the release is complete when the call returns. Default {@code true}. */
    private final Boolean async;
    /** Accepted for compatibility (milliseconds). Default 60000. */
    private final Long timeout;

    @Builder
    private ReleaseCollectionReq(String databaseName, String collectionName, Boolean async, Long timeout) {
        Checks.notBlank(collectionName, "ReleaseCollectionReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.async = async == null ? Boolean.TRUE : async;
        this.timeout = timeout == null ? 60000L : timeout;
    }

    /** Builds a {@link ReleaseCollectionReq}; unset fields take the defaults documented on the getters. */
    public static class ReleaseCollectionReqBuilder {
        private Boolean async = Boolean.TRUE;
        private Long timeout = 60000L;
    }

    @Override
    public String toString() {
        return "ReleaseCollectionReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "async=" + async + ", "
                + "timeout=" + timeout + "}";
    }
}
