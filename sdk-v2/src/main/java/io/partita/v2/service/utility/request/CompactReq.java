package io.partita.v2.service.utility.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Starts a compaction of a collection ({@code MilvusClientV2.compact}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class CompactReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** A clustering compaction; default false (Partita's server compacts one way: true is refused). */
    private final Boolean isClustering;
    /** An L0 compaction; default false (true is refused, as for clustering). */
    private final Boolean isL0;
    /** The target segment size; default 0, the server's own. */
    private final Long targetSize;

    @Builder
    private CompactReq(
            String databaseName, String collectionName, Boolean isClustering, Boolean isL0, Long targetSize) {
        Checks.notBlank(collectionName, "CompactReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.isClustering = isClustering;
        this.isL0 = isL0;
        this.targetSize = targetSize;
    }

    /** Builds a {@link CompactReq}; unset fields take the defaults documented on the getters. */
    public static class CompactReqBuilder {
        private Boolean isClustering = Boolean.FALSE;
        private Boolean isL0 = Boolean.FALSE;
        private Long targetSize = 0L;
    }

    @Override
    public String toString() {
        return "CompactReq{databaseName=" + databaseName + ", collectionName=" + collectionName + ", isClustering="
                + isClustering + ", isL0=" + isL0 + ", targetSize=" + targetSize + "}";
    }
}
