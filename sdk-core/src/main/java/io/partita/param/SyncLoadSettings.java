package io.partita.param;

import java.time.Duration;
import java.util.List;

/**
 * The load settings that {@code LoadCollectionParam} and {@code LoadPartitionsParam} share, with
 * their defaults and limits in one place: whether the client waits for the load to finish
 * ({@code syncLoad}, default {@code true}), how often it polls ({@code syncLoadWaitingInterval}, in
 * milliseconds, 1 to 2000, default 500), how long it waits at most ({@code syncLoadWaitingTimeout},
 * in seconds, 1 to 300, default 60 — the official SDK's defaults and limits), and how many
 * in-memory replicas the server loads ({@code replicaNumber}, at least 1, default 1), and what is
 * loaded where: {@code loadFields} (only those fields, Milvus 2.4+ {@code load_fields}; default all),
 * {@code skipLoadDynamicField} (Milvus 2.4+; default false) and {@code resourceGroups} (the groups
 * the replicas go to, Milvus 2.3+; default the server's).
 *
 * <p>Immutable and thread-safe. Built only through {@link Builder#build()}, which validates every
 * field and throws a {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class SyncLoadSettings {
    /** Default polling interval of a synchronous load, in milliseconds. */
    public static final long DEFAULT_WAITING_INTERVAL_MS = 500L;
    /** Default waiting timeout of a synchronous load, in seconds. */
    public static final long DEFAULT_WAITING_TIMEOUT_S = 60L;

    private final boolean syncLoad;
    private final long syncLoadWaitingInterval;
    private final long syncLoadWaitingTimeout;
    private final int replicaNumber;
    private final List<String> loadFields;
    private final boolean skipLoadDynamicField;
    private final List<String> resourceGroups;

    private SyncLoadSettings(Builder b) {
        this.syncLoad = b.syncLoad;
        this.syncLoadWaitingInterval = b.syncLoadWaitingInterval;
        this.syncLoadWaitingTimeout = b.syncLoadWaitingTimeout;
        this.replicaNumber = b.replicaNumber;
        this.loadFields = b.loadFields;
        this.skipLoadDynamicField = b.skipLoadDynamicField;
        this.resourceGroups = b.resourceGroups;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return whether to wait until the load is complete */
    public boolean isSyncLoad() {
        return syncLoad;
    }

    /** @return the polling interval of a synchronous load, in milliseconds (1 to 2000) */
    public long getSyncLoadWaitingInterval() {
        return syncLoadWaitingInterval;
    }

    /** @return the waiting timeout of a synchronous load, in seconds (1 to 300) */
    public long getSyncLoadWaitingTimeout() {
        return syncLoadWaitingTimeout;
    }

    /** @return the number of in-memory replicas (at least 1) */
    public int getReplicaNumber() {
        return replicaNumber;
    }

    /** @return the fields to load ({@code load_fields}); empty for every field; unmodifiable */
    public List<String> getLoadFields() {
        return loadFields;
    }

    /** @return whether the dynamic field is left unloaded ({@code skip_load_dynamic_field}) */
    public boolean isSkipLoadDynamicField() {
        return skipLoadDynamicField;
    }

    /** @return the resource groups the replicas go to; empty for the server's choice; unmodifiable */
    public List<String> getResourceGroups() {
        return resourceGroups;
    }

    /** @return the polling interval of a synchronous load */
    public Duration getSyncLoadWaitingIntervalDuration() {
        return Duration.ofMillis(syncLoadWaitingInterval);
    }

    /** @return the waiting timeout of a synchronous load */
    public Duration getSyncLoadWaitingTimeoutDuration() {
        return Duration.ofSeconds(syncLoadWaitingTimeout);
    }

    /**
     * Appends the settings as {@code , name=value} pairs, for a Param's {@code toString()}.
     *
     * @param out where to append
     */
    public void describeFields(StringBuilder out) {
        out.append(", syncLoad=").append(syncLoad);
        out.append(", syncLoadWaitingInterval=").append(syncLoadWaitingInterval);
        out.append(", syncLoadWaitingTimeout=").append(syncLoadWaitingTimeout);
        out.append(", replicaNumber=").append(replicaNumber);
        if (!loadFields.isEmpty()) {
            out.append(", loadFields=").append(loadFields);
        }
        if (skipLoadDynamicField) {
            out.append(", skipLoadDynamicField=true");
        }
        if (!resourceGroups.isEmpty()) {
            out.append(", resourceGroups=").append(resourceGroups);
        }
    }

    /** Builder for {@link SyncLoadSettings}; not thread-safe. */
    public static final class Builder {
        private Boolean syncLoad = true;
        private Long syncLoadWaitingInterval = DEFAULT_WAITING_INTERVAL_MS;
        private Long syncLoadWaitingTimeout = DEFAULT_WAITING_TIMEOUT_S;
        private Integer replicaNumber = 1;
        private List<String> loadFields = List.of();
        private boolean skipLoadDynamicField;
        private List<String> resourceGroups = List.of();

        private Builder() {}

        /**
         * @param syncLoad whether to wait until the load is complete; default true
         * @return this
         */
        public Builder withSyncLoad(Boolean syncLoad) {
            this.syncLoad = syncLoad;
            return this;
        }

        /**
         * @param syncLoadWaitingInterval the polling interval, in milliseconds (1 to 2000); default 500
         * @return this
         */
        public Builder withSyncLoadWaitingInterval(Long syncLoadWaitingInterval) {
            this.syncLoadWaitingInterval = syncLoadWaitingInterval;
            return this;
        }

        /**
         * @param syncLoadWaitingTimeout the waiting timeout, in seconds (1 to 300); default 60
         * @return this
         */
        public Builder withSyncLoadWaitingTimeout(Long syncLoadWaitingTimeout) {
            this.syncLoadWaitingTimeout = syncLoadWaitingTimeout;
            return this;
        }

        /**
         * @param replicaNumber the number of in-memory replicas (at least 1); default 1
         * @return this
         */
        public Builder withReplicaNumber(Integer replicaNumber) {
            this.replicaNumber = replicaNumber;
            return this;
        }

        /**
         * @param loadFields the fields to load (the primary key, the searched vector fields and the
         *     fields filtered on must be among them); default empty (every field)
         * @return this
         */
        public Builder withLoadFields(List<String> loadFields) {
            this.loadFields = loadFields == null ? List.of() : loadFields;
            return this;
        }

        /**
         * @param skip whether to leave the dynamic field unloaded; default false
         * @return this
         */
        public Builder withSkipLoadDynamicField(Boolean skip) {
            this.skipLoadDynamicField = Boolean.TRUE.equals(skip);
            return this;
        }

        /**
         * @param resourceGroups the resource groups the replicas go to; default empty (the server's choice)
         * @return this
         */
        public Builder withResourceGroups(List<String> resourceGroups) {
            this.resourceGroups = resourceGroups == null ? List.of() : resourceGroups;
            return this;
        }

        /**
         * @return the validated settings
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public SyncLoadSettings build() {
            ParamUtils.checkNotNull(syncLoad, "syncLoad");
            ParamUtils.checkNotNull(syncLoadWaitingInterval, "syncLoadWaitingInterval");
            ParamUtils.checkRange(syncLoadWaitingInterval, 1, 2000, "syncLoadWaitingInterval");
            ParamUtils.checkNotNull(syncLoadWaitingTimeout, "syncLoadWaitingTimeout");
            ParamUtils.checkRange(syncLoadWaitingTimeout, 1, 300, "syncLoadWaitingTimeout");
            ParamUtils.checkNotNull(replicaNumber, "replicaNumber");
            ParamUtils.checkRange(replicaNumber, 1, Integer.MAX_VALUE, "replicaNumber");
            loadFields = ParamUtils.copyOf(loadFields, "loadFields");
            loadFields.forEach(f -> ParamUtils.checkNotEmpty(f, "loadFields"));
            resourceGroups = ParamUtils.copyOf(resourceGroups, "resourceGroups");
            resourceGroups.forEach(g -> ParamUtils.checkNotEmpty(g, "resourceGroups"));
            return new SyncLoadSettings(this);
        }
    }
}
