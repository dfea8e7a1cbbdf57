package io.partita.v2.service.index.request;

import io.partita.v2.common.IndexParam;
import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Builds indexes on fields of a collection ({@code MilvusClientV2.createIndex}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class CreateIndexReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** One entry per index to build (required, not empty). */
    private final List<IndexParam> indexParams;
    /** Whether the call waits until every index is built. Default {@code true}. */
    private final Boolean sync;
    /** How long a sync build may wait, in milliseconds. Default 60000. */
    private final Long timeout;

    @Builder
    private CreateIndexReq(
            String databaseName, String collectionName, List<IndexParam> indexParams, Boolean sync, Long timeout) {
        Checks.notBlank(collectionName, "CreateIndexReq.collectionName");
        Checks.notEmpty(indexParams, "CreateIndexReq.indexParams");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.indexParams = Checks.copy(indexParams);
        this.sync = sync == null ? Boolean.TRUE : sync;
        this.timeout = timeout == null ? 60000L : timeout;
    }

    /** Builds a {@link CreateIndexReq}; unset fields take the defaults documented on the getters. */
    public static class CreateIndexReqBuilder {
        private Boolean sync = Boolean.TRUE;
        private Long timeout = 60000L;
    }

    @Override
    public String toString() {
        return "CreateIndexReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "indexParams=" + indexParams + ", "
                + "sync=" + sync + ", "
                + "timeout=" + timeout + "}";
    }
}
