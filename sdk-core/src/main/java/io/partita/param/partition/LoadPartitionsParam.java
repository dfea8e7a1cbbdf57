package io.partita.param.partition;

import io.partita.param.PartitionsScopedParam;
import io.partita.param.SyncLoadParam;
import io.partita.param.SyncLoadSettings;

/**
 * Loads partitions of a collection into memory for search and query.
 * <p>With {@code syncLoad} on (the default) the client waits until the partitions are fully loaded,
 * polling every {@code syncLoadWaitingInterval} milliseconds for at most {@code syncLoadWaitingTimeout}
 * seconds; reaching the timeout is a failure ({@code R.Status.LoadTimeout}), never a success. The
 * settings, their defaults and limits are {@link SyncLoadSettings}, shared with
 * {@code LoadCollectionParam}.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class LoadPartitionsParam extends PartitionsScopedParam implements SyncLoadParam {
    private final SyncLoadSettings syncLoadSettings;

    private LoadPartitionsParam(Builder b, SyncLoadSettings syncLoadSettings) {
        super(b, false);
        this.syncLoadSettings = syncLoadSettings;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    @Override
    public SyncLoadSettings getSyncLoadSettings() {
        return syncLoadSettings;
    }

    @Override
    protected void describeFields(StringBuilder out) {
        super.describeFields(out);
        syncLoadSettings.describeFields(out);
    }

    /** Builder for {@link LoadPartitionsParam}; not thread-safe. */
    public static final class Builder extends PartitionsScopedParam.AbstractBuilder<Builder> {
        private final SyncLoadSettings.Builder syncLoadSettings = SyncLoadSettings.newBuilder();

        private Builder() {}

        /**
         * @param syncLoad whether to wait until the load is complete; default true
         * @return this
         * @see SyncLoadSettings
         */
        public Builder withSyncLoad(Boolean syncLoad) {
            syncLoadSettings.withSyncLoad(syncLoad);
            return this;
        }

        /**
         * @param syncLoadWaitingInterval the polling interval of a synchronous load, in milliseconds (1 to 2000); default 500
         * @return this
         */
        public Builder withSyncLoadWaitingInterval(Long syncLoadWaitingInterval) {
            syncLoadSettings.withSyncLoadWaitingInterval(syncLoadWaitingInterval);
            return this;
        }

        /**
         * @param syncLoadWaitingTimeout the waiting timeout of a synchronous load, in seconds (1 to 300); default 60
         * @return this
         */
        public Builder withSyncLoadWaitingTimeout(Long syncLoadWaitingTimeout) {
            syncLoadSettings.withSyncLoadWaitingTimeout(syncLoadWaitingTimeout);
            return this;
        }

        /**
         * @param loadFields the fields to load (Milvus 2.4+); default empty (every field)
         * @return this
         * @see SyncLoadSettings
         */
        public Builder withLoadFields(java.util.List<String> loadFields) {
            syncLoadSettings.withLoadFields(loadFields);
            return this;
        }

        /**
         * @param skip whether to leave the dynamic field unloaded (Milvus 2.4+); default false
         * @return this
         */
        public Builder withSkipLoadDynamicField(Boolean skip) {
            syncLoadSettings.withSkipLoadDynamicField(skip);
            return this;
        }

        /**
         * @param resourceGroups the resource groups the replicas go to (Milvus 2.3+); default the server's choice
         * @return this
         */
        public Builder withResourceGroups(java.util.List<String> resourceGroups) {
            syncLoadSettings.withResourceGroups(resourceGroups);
            return this;
        }

        /**
         * @param replicaNumber the number of in-memory replicas (at least 1); default 1
         * @return this
         */
        public Builder withReplicaNumber(Integer replicaNumber) {
            syncLoadSettings.withReplicaNumber(replicaNumber);
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public LoadPartitionsParam build() {
            SyncLoadSettings settings = syncLoadSettings.build();
            return new LoadPartitionsParam(this, settings);
        }
    }
}
