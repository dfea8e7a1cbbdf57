package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Reloads a loaded collection so that segments added since its load become searchable
 * ({@code MilvusClientV2.refreshLoad}; LoadCollection with {@code refresh}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class RefreshLoadReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** Deprecated in the official API and not read by it (nor here); use {@code sync}. Default {@code true}. */
    private final Boolean async;
    /** Whether the call waits until the collection is fully loaded again. Default {@code true}. */
    private final Boolean sync;
    /** How long a sync refresh may wait, in milliseconds; running out throws {@code TIMEOUT}. Default 60000. */
    private final Long timeout;

    @Builder
    private RefreshLoadReq(String databaseName, String collectionName, Boolean async, Boolean sync, Long timeout) {
        Checks.notBlank(collectionName, "RefreshLoadReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.async = async == null ? Boolean.TRUE : async;
        this.sync = sync == null ? Boolean.TRUE : sync;
        this.timeout = timeout == null ? 60000L : timeout;
    }

    /** Builds a {@link RefreshLoadReq}; unset fields take the defaults documented on the getters. */
    public static class RefreshLoadReqBuilder {
        private Boolean async = Boolean.TRUE;
        private Boolean sync = Boolean.TRUE;
        private Long timeout = 60000L;
    }

    @Override
    public String toString() {
        return "RefreshLoadReq{databaseName=" + databaseName + ", collectionName=" + collectionName + ", async=" + async
                + ", sync=" + sync + ", timeout=" + timeout + "}";
    }
}
