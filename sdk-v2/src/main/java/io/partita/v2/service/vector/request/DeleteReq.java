package io.partita.v2.service.vector.request;

import io.partita.v2.internal.Checks;
import java.util.List;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * Deletes rows by primary key or by filter expression ({@code MilvusClientV2.delete}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class DeleteReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The partition; empty means all partitions. */
    private final String partitionName;
    /** A boolean expression selecting the rows; give this or {@code ids}. */
    private final String filter;
    /** Primary keys of the rows; give these or {@code filter}. */
    private final List<Object> ids;

    /** Values of the filter's {@code {name}} placeholders (Boolean, Integer/Long, Double, String or lists of one of them); empty for none. */
    private final Map<String, Object> filterTemplateValues;

    @Builder
    private DeleteReq(
            String databaseName,
            String collectionName,
            String partitionName,
            String filter,
            List<Object> ids,
            Map<String, Object> filterTemplateValues) {
        Checks.notBlank(collectionName, "DeleteReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionName = partitionName == null ? "" : partitionName;
        this.filter = filter;
        this.ids = Checks.copy(ids);
        this.filterTemplateValues = Checks.copy(filterTemplateValues);
    }

    /** Builds a {@link DeleteReq}; unset fields take the defaults documented on the getters. */
    public static class DeleteReqBuilder {
        private String partitionName = "";
    }

    @Override
    public String toString() {
        return "DeleteReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "partitionName=" + partitionName + ", "
                + "filter=" + filter + ", "
                + "ids=" + ids + "}";
    }
}
