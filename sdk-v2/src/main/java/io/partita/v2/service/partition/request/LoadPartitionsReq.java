package io.partita.v2.service.partition.request;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Loads partitions into memory so they can be searched ({@code MilvusClientV2.loadPartitions}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class LoadPartitionsReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** The partitions to load (required, not empty). */
    private final List<String> partitionNames;
    /** Number of in-memory replicas. Default 1. */
    private final Integer numReplicas;
    /** Whether the call waits until the partitions are 100 % loaded. Default {@code true}. */
    private final Boolean sync;
    /** How long a sync load may wait, in milliseconds; running out throws {@code TIMEOUT}. Default 60000. */
    private final Long timeout;
    /** Reload segments added since the last load. Default {@code false}. */
    private final Boolean refresh;
    /** Accepted for compatibility. Default {@code false}. */
    private final Boolean skipLoadDynamicField;

    /** The fields to load; empty loads every field. */
    private final List<String> loadFields;
    /** The resource groups the replicas go to; empty for the server's choice. */
    private final List<String> resourceGroups;

    @Builder
    private LoadPartitionsReq(
            String databaseName,
            String collectionName,
            List<String> partitionNames,
            Integer numReplicas,
            Boolean sync,
            Long timeout,
            Boolean refresh,
            Boolean skipLoadDynamicField,
            List<String> loadFields,
            List<String> resourceGroups) {
        Checks.notBlank(collectionName, "LoadPartitionsReq.collectionName");
        Checks.notEmpty(partitionNames, "LoadPartitionsReq.partitionNames");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.partitionNames = Checks.copy(partitionNames);
        this.numReplicas = numReplicas == null ? 1 : numReplicas;
        this.sync = sync == null ? Boolean.TRUE : sync;
        this.timeout = timeout == null ? 60000L : timeout;
        this.refresh = refresh == null ? Boolean.FALSE : refresh;
        this.skipLoadDynamicField = skipLoadDynamicField == null ? Boolean.FALSE : skipLoadDynamicField;
        this.loadFields = Checks.copy(loadFields);
        this.resourceGroups = Checks.copy(resourceGroups);
    }

    /** Builds a {@link LoadPartitionsReq}; unset fields take the defaults documented on the getters. */
    public static class LoadPartitionsReqBuilder {
        private Integer numReplicas = 1;
        private Boolean sync = Boolean.TRUE;
        private Long timeout = 60000L;
        private Boolean refresh = Boolean.FALSE;
        private Boolean skipLoadDynamicField = Boolean.FALSE;
    }

    @Override
    public String toString() {
        return "LoadPartitionsReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "partitionNames=" + partitionNames + ", "
                + "numReplicas=" + numReplicas + ", "
                + "sync=" + sync + ", "
                + "timeout=" + timeout + ", "
                + "refresh=" + refresh + ", "
                + "skipLoadDynamicField=" + skipLoadDynamicField + "}";
    }
}
