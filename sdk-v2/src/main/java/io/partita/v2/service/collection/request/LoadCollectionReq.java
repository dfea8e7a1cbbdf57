package io.partita.v2.service.collection.request;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Loads a whole collection into memory so it can be searched ({@code MilvusClientV2.loadCollection}).
 *
 * <p>Immutable: lists and maps are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} ({@code INVALID_PARAMS}) naming a missing required field.
 */
@Getter
public final class LoadCollectionReq {
    /** The database; {@code null} or empty means the client's database. */
    private final String databaseName;
    /** The collection (required). */
    private final String collectionName;
    /** Number of in-memory replicas. Default 1. */
    private final Integer numReplicas;
    /** Deprecated in the official API; {@code true} means the same as {@code sync(false)}. Default {@code false}. */
    private final Boolean async;
    /** Whether the call waits until the collection is 100 % loaded. Default {@code true}. */
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
    private LoadCollectionReq(
            String databaseName,
            String collectionName,
            Integer numReplicas,
            Boolean async,
            Boolean sync,
            Long timeout,
            Boolean refresh,
            Boolean skipLoadDynamicField,
            List<String> loadFields,
            List<String> resourceGroups) {
        Checks.notBlank(collectionName, "LoadCollectionReq.collectionName");
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.numReplicas = numReplicas == null ? 1 : numReplicas;
        this.async = async == null ? Boolean.FALSE : async;
        this.sync = sync == null ? Boolean.TRUE : sync;
        this.timeout = timeout == null ? 60000L : timeout;
        this.refresh = refresh == null ? Boolean.FALSE : refresh;
        this.skipLoadDynamicField = skipLoadDynamicField == null ? Boolean.FALSE : skipLoadDynamicField;
        this.loadFields = Checks.copy(loadFields);
        this.resourceGroups = Checks.copy(resourceGroups);
    }

    /** Builds a {@link LoadCollectionReq}; unset fields take the defaults documented on the getters. */
    public static class LoadCollectionReqBuilder {
        private Integer numReplicas = 1;
        private Boolean async = Boolean.FALSE;
        private Boolean sync = Boolean.TRUE;
        private Long timeout = 60000L;
        private Boolean refresh = Boolean.FALSE;
        private Boolean skipLoadDynamicField = Boolean.FALSE;
    }

    @Override
    public String toString() {
        return "LoadCollectionReq{" + "databaseName=" + databaseName + ", "
                + "collectionName=" + collectionName + ", "
                + "numReplicas=" + numReplicas + ", "
                + "async=" + async + ", "
                + "sync=" + sync + ", "
                + "timeout=" + timeout + ", "
                + "refresh=" + refresh + ", "
                + "skipLoadDynamicField=" + skipLoadDynamicField + "}";
    }
}
