package io.partita.v2.service.partition.request;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Frees partitions' memory ({@code MilvusClientV2.releasePartitions}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class ReleasePartitionsReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The partitions to release (required, not empty). */
    private final List<String> partitionNames;

    @Builder
    private ReleasePartitionsReq(String databaseName, String collectionName, List<String> partitionNames) {
        Checks.notBlank(collectionName, "ReleasePartitionsReq.collectionName");
        Checks.notEmpty(partitionNames, "ReleasePartitionsReq.partitionNames");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionNames = Checks.copy(partitionNames);
    }

    /** Builds a {@link ReleasePartitionsReq}; unset fields take the defaults documented on the getters. */
    public static class ReleasePartitionsReqBuilder {}

    @Override
    public String toString() {
        return "ReleasePartitionsReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "partitionNames=" + partitionNames + "}";
    }
}
