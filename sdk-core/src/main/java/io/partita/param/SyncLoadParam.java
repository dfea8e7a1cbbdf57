package io.partita.param;

import java.time.Duration;

/**
 * A load request ({@code LoadCollectionParam}, {@code LoadPartitionsParam}): its
 * {@link SyncLoadSettings}, and the official getters read from them, so both Params answer them
 * from one implementation. Implemented by this SDK's Params only.
 */
public interface SyncLoadParam {
    /** @return the validated sync-load settings and replica number */
    SyncLoadSettings getSyncLoadSettings();

    /** @return whether to wait until the load is complete */
    default boolean isSyncLoad() {
        return getSyncLoadSettings().isSyncLoad();
    }

    /** @return the polling interval of a synchronous load, in milliseconds (1 to 2000) */
    default long getSyncLoadWaitingInterval() {
        return getSyncLoadSettings().getSyncLoadWaitingInterval();
    }

    /** @return the waiting timeout of a synchronous load, in seconds (1 to 300) */
    default long getSyncLoadWaitingTimeout() {
        return getSyncLoadSettings().getSyncLoadWaitingTimeout();
    }

    /** @return the number of in-memory replicas (at least 1) */
    default int getReplicaNumber() {
        return getSyncLoadSettings().getReplicaNumber();
    }

    /** @return the fields to load; empty for every field */
    default java.util.List<String> getLoadFields() {
        return getSyncLoadSettings().getLoadFields();
    }

    /** @return whether the dynamic field is left unloaded */
    default boolean isSkipLoadDynamicField() {
        return getSyncLoadSettings().isSkipLoadDynamicField();
    }

    /** @return the resource groups the replicas go to; empty for the server's choice */
    default java.util.List<String> getResourceGroups() {
        return getSyncLoadSettings().getResourceGroups();
    }

    /** @return the polling interval of a synchronous load */
    default Duration getSyncLoadWaitingIntervalDuration() {
        return getSyncLoadSettings().getSyncLoadWaitingIntervalDuration();
    }

    /** @return the waiting timeout of a synchronous load */
    default Duration getSyncLoadWaitingTimeoutDuration() {
        return getSyncLoadSettings().getSyncLoadWaitingTimeoutDuration();
    }
}
