package io.partita.v2.service.vector.request;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Fetches rows by primary key ({@code MilvusClientV2.get}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class GetReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The partition; empty means all partitions. */
    private final String partitionName;
    /** The primary keys (required, not empty). */
    private final List<Object> ids;
    /** Fields to return; empty returns the primary key only. */
    private final List<String> outputFields;

    @Builder
    private GetReq(
            String databaseName,
            String collectionName,
            String partitionName,
            List<Object> ids,
            List<String> outputFields) {
        Checks.notBlank(collectionName, "GetReq.collectionName");
        Checks.notEmpty(ids, "GetReq.ids");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionName = partitionName == null ? "" : partitionName;
        this.ids = Checks.copy(ids);
        this.outputFields = Checks.copy(outputFields);
    }

    /** Builds a {@link GetReq}; unset fields take the defaults documented on the getters. */
    public static class GetReqBuilder {
        private String partitionName = "";
    }

    @Override
    public String toString() {
        return "GetReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "partitionName=" + partitionName + ", "
                + "ids=" + ids + ", "
                + "outputFields=" + outputFields + "}";
    }
}
