package io.partita.param.collection;

import io.partita.param.ParamUtils;

/**
 * Loads a collection into memory for search and query.
 * <p>With {@code syncLoad} on (the default) the client waits until the collection is fully loaded,
 * polling every {@code syncLoadWaitingInterval} milliseconds for at most {@code syncLoadWaitingTimeout}
 * seconds; reaching the timeout is a failure ({@code R.Status.LoadTimeout}), never a success.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class LoadCollectionParam {
    private final String collectionName;
    private final boolean syncLoad;
    private final long syncLoadWaitingInterval;
    private final long syncLoadWaitingTimeout;
    private final int replicaNumber;

    private LoadCollectionParam(Builder b) {
        this.collectionName = b.collectionName;
        this.syncLoad = b.syncLoad;
        this.syncLoadWaitingInterval = b.syncLoadWaitingInterval;
        this.syncLoadWaitingTimeout = b.syncLoadWaitingTimeout;
        this.replicaNumber = b.replicaNumber;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return whether to wait until the collection is fully loaded */
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

    /** @return the polling interval of a synchronous load */
    public java.time.Duration getSyncLoadWaitingIntervalDuration() {
        return java.time.Duration.ofMillis(syncLoadWaitingInterval);
    }

    /** @return the waiting timeout of a synchronous load */
    public java.time.Duration getSyncLoadWaitingTimeoutDuration() {
        return java.time.Duration.ofSeconds(syncLoadWaitingTimeout);
    }

    @Override
    public String toString() {
        return "LoadCollectionParam{"
                + "collectionName=" + collectionName
                + ", syncLoad=" + syncLoad
                + ", syncLoadWaitingInterval=" + syncLoadWaitingInterval
                + ", syncLoadWaitingTimeout=" + syncLoadWaitingTimeout
                + ", replicaNumber=" + replicaNumber
                + "}";
    }

    /** Builder for {@link LoadCollectionParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private Boolean syncLoad = true;
        private Long syncLoadWaitingInterval = 500L;
        private Long syncLoadWaitingTimeout = 60L;
        private Integer replicaNumber = 1;

        private Builder() {}

        /**
         * @param collectionName the collection name
         * @return this
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }

        /**
         * @param syncLoad whether to wait until the collection is fully loaded; default true
         * @return this
         */
        public Builder withSyncLoad(Boolean syncLoad) {
            this.syncLoad = syncLoad;
            return this;
        }

        /**
         * @param syncLoadWaitingInterval the polling interval of a synchronous load, in milliseconds (1 to 2000); default 500
         * @return this
         */
        public Builder withSyncLoadWaitingInterval(Long syncLoadWaitingInterval) {
            this.syncLoadWaitingInterval = syncLoadWaitingInterval;
            return this;
        }

        /**
         * @param syncLoadWaitingTimeout the waiting timeout of a synchronous load, in seconds (1 to 300); default 60
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
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public LoadCollectionParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            ParamUtils.checkNotNull(syncLoad, "syncLoad");
            ParamUtils.checkNotNull(syncLoadWaitingInterval, "syncLoadWaitingInterval");
            ParamUtils.checkRange(syncLoadWaitingInterval, 1, 2000, "syncLoadWaitingInterval");
            ParamUtils.checkNotNull(syncLoadWaitingTimeout, "syncLoadWaitingTimeout");
            ParamUtils.checkRange(syncLoadWaitingTimeout, 1, 300, "syncLoadWaitingTimeout");
            ParamUtils.checkNotNull(replicaNumber, "replicaNumber");
            ParamUtils.checkRange(replicaNumber, 1, Integer.MAX_VALUE, "replicaNumber");
            return new LoadCollectionParam(this);
        }
    }
}
