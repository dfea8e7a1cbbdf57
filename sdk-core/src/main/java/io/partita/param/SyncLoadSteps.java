package io.partita.param;

/**
 * The builder steps of the sync-load settings, shared by the builders of
 * {@code LoadCollectionParam} and {@code LoadPartitionsParam}: each step sets one field of
 * {@link #syncLoadSettings()} and returns the concrete builder. Implemented by this SDK's builders
 * only; not thread-safe.
 *
 * @param <B> the concrete builder
 */
public interface SyncLoadSteps<B extends SyncLoadSteps<B>> {
    /**
     * @return the settings this builder fills, validated when the Param is built; for the steps
     *     below, not for callers
     */
    SyncLoadSettings.Builder syncLoadSettings();

    /**
     * @param syncLoad whether to wait until the load is complete; default true
     * @return this
     */
    default B withSyncLoad(Boolean syncLoad) {
        syncLoadSettings().withSyncLoad(syncLoad);
        return self();
    }

    /**
     * @param syncLoadWaitingInterval the polling interval of a synchronous load, in milliseconds (1 to 2000); default 500
     * @return this
     */
    default B withSyncLoadWaitingInterval(Long syncLoadWaitingInterval) {
        syncLoadSettings().withSyncLoadWaitingInterval(syncLoadWaitingInterval);
        return self();
    }

    /**
     * @param syncLoadWaitingTimeout the waiting timeout of a synchronous load, in seconds (1 to 300); default 60
     * @return this
     */
    default B withSyncLoadWaitingTimeout(Long syncLoadWaitingTimeout) {
        syncLoadSettings().withSyncLoadWaitingTimeout(syncLoadWaitingTimeout);
        return self();
    }

    /**
     * @param replicaNumber the number of in-memory replicas (at least 1); default 1
     * @return this
     */
    default B withReplicaNumber(Integer replicaNumber) {
        syncLoadSettings().withReplicaNumber(replicaNumber);
        return self();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
