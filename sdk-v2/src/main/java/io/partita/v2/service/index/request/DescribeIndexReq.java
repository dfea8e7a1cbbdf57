package io.partita.v2.service.index.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Describes one index of a collection ({@code MilvusClientV2.describeIndex}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DescribeIndexReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The indexed field; {@code null} when {@code indexName} is given. */
    private final String fieldName;
    /** The index name; {@code null} means the field's index. */
    private final String indexName;
    /** Accepted for compatibility. Default 0. */
    private final Long timestamp;

    @Builder
    private DescribeIndexReq(
            String databaseName, String collectionName, String fieldName, String indexName, Long timestamp) {
        Checks.notBlank(collectionName, "DescribeIndexReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.fieldName = fieldName;
        this.indexName = indexName;
        this.timestamp = timestamp == null ? 0L : timestamp;
    }

    /** Builds a {@link DescribeIndexReq}; unset fields take the defaults documented on the getters. */
    public static class DescribeIndexReqBuilder {
        private Long timestamp = 0L;
    }

    @Override
    public String toString() {
        return "DescribeIndexReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "fieldName=" + fieldName + ", "
                + "indexName=" + indexName + ", "
                + "timestamp=" + timestamp + "}";
    }
}
