package io.partita.v2.service.utility.request;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Seals the growing data of collections to storage ({@code MilvusClientV2.flush}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class FlushReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collections to flush (required, not empty). */
    private final List<String> collectionNames;
    /** How long to wait for the flush to finish, in milliseconds; 0 waits until it is done. Default 0. */
    private final Long waitFlushedTimeoutMs;

    @Builder
    private FlushReq(String databaseName, List<String> collectionNames, Long waitFlushedTimeoutMs) {
        Checks.notEmpty(collectionNames, "FlushReq.collectionNames");
        this.databaseName = databaseName;
        this.collectionNames = Checks.copy(collectionNames);
        this.waitFlushedTimeoutMs = waitFlushedTimeoutMs == null ? 0L : waitFlushedTimeoutMs;
    }

    /** Builds a {@link FlushReq}; unset fields take the defaults documented on the getters. */
    public static class FlushReqBuilder {
        private Long waitFlushedTimeoutMs = 0L;
    }

    @Override
    public String toString() {
        return "FlushReq{" + "databaseName=" + databaseName + ", "
                + "collectionNames=" + collectionNames + ", "
                + "waitFlushedTimeoutMs=" + waitFlushedTimeoutMs + "}";
    }
}
