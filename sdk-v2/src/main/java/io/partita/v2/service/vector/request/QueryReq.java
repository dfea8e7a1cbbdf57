package io.partita.v2.service.vector.request;

import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.internal.Checks;
import java.util.List;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * Reads rows matching a filter expression, or by primary key ({@code MilvusClientV2.query}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class QueryReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** Partitions to read; empty reads all loaded ones. */
    private final List<String> partitionNames;
    /** Fields to return; empty returns the primary key only. */
    private final List<String> outputFields;
    /** Primary keys; give these or {@code filter}. */
    private final List<Object> ids;
    /** A boolean expression, e.g. {@code "book_id in [1, 2]"}; give this or {@code ids}. */
    private final String filter;
    /** The read's consistency; {@code null} uses the collection's. */
    private final ConsistencyLevel consistencyLevel;
    /** Rows to skip; sent only with a positive {@code limit} (as the official client sends it). */
    private final long offset;
    /** Maximum rows; 0 returns every matching row. */
    private final long limit;
    /** Accepted for compatibility. */
    private final boolean ignoreGrowing;

    /** The time zone TIMESTAMPTZ values are written in (an IANA name such as {@code Asia/Shanghai}); empty for the server's. */
    private final String timezone;
    /** Extra query parameters, sent as {@code query_params} pairs (each value as its {@code String.valueOf}); empty for none. */
    private final Map<String, Object> queryParams;
    /** Values of the filter's {@code {name}} placeholders (Boolean, Integer/Long, Double, String or lists of one of them); empty for none. */
    private final Map<String, Object> filterTemplateValues;

    @Builder
    private QueryReq(
            String databaseName,
            String collectionName,
            List<String> partitionNames,
            List<String> outputFields,
            List<Object> ids,
            String filter,
            ConsistencyLevel consistencyLevel,
            long offset,
            long limit,
            boolean ignoreGrowing,
            String timezone,
            Map<String, Object> queryParams,
            Map<String, Object> filterTemplateValues) {
        Checks.notBlank(collectionName, "QueryReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionNames = Checks.copy(partitionNames);
        this.outputFields = Checks.copy(outputFields);
        this.ids = Checks.copy(ids);
        this.filter = filter;
        this.consistencyLevel = consistencyLevel;
        this.offset = offset;
        this.limit = limit;
        this.ignoreGrowing = ignoreGrowing;
        this.timezone = timezone == null ? "" : timezone;
        this.queryParams = Checks.copy(queryParams);
        this.filterTemplateValues = Checks.copy(filterTemplateValues);
    }

    /** Builds a {@link QueryReq}; unset fields take the defaults documented on the getters. */
    public static class QueryReqBuilder {}

    @Override
    public String toString() {
        return "QueryReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "partitionNames=" + partitionNames + ", "
                + "outputFields=" + outputFields + ", "
                + "ids=" + ids + ", "
                + "filter=" + filter + ", "
                + "consistencyLevel=" + consistencyLevel + ", "
                + "offset=" + offset + ", "
                + "limit=" + limit + ", "
                + "ignoreGrowing=" + ignoreGrowing + "}";
    }
}
