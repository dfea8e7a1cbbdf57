package io.partita.v2.service.utility.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Compacts a collection and waits for its indexes and load to catch up ({@code MilvusClientV2.optimize}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class OptimizeReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The compaction's target segment size, e.g. {@code 512MB}; {@code null} for the server's (Partita: must be null). */
    private final String targetSize;
    /** Whether {@code optimize} returns the task at once instead of waiting for it. Default false. */
    private final boolean async;
    /** How long the whole optimization may take, in milliseconds; {@code null} for no limit. */
    private final Long timeout;

    @Builder
    private OptimizeReq(String databaseName, String collectionName, String targetSize, boolean async, Long timeout) {
        Checks.notBlank(collectionName, "OptimizeReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.targetSize = targetSize;
        this.async = async;
        this.timeout = timeout;
    }

    /** Builds an {@link OptimizeReq}; unset fields take the defaults documented on the getters. */
    public static class OptimizeReqBuilder {}

    @Override
    public String toString() {
        return "OptimizeReq{databaseName=" + databaseName + ", collectionName=" + collectionName + ", targetSize="
                + targetSize + ", async=" + async + ", timeout=" + timeout + "}";
    }
}
