package io.partita.param.collection;

import io.partita.exception.ParamException;
import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Seals the growing segments of collections so that their data is persisted.
 * <p>With {@code syncFlush} on (the default) the client waits until the segments are flushed.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class FlushParam {
    private final List<String> collectionNames;
    private final boolean syncFlush;
    private final long syncFlushWaitingInterval;
    private final long syncFlushWaitingTimeout;

    private FlushParam(Builder b) {
        this.collectionNames = b.collectionNames;
        this.syncFlush = b.syncFlush;
        this.syncFlushWaitingInterval = b.syncFlushWaitingInterval;
        this.syncFlushWaitingTimeout = b.syncFlushWaitingTimeout;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collections to flush; at least one */
    public List<String> getCollectionNames() {
        return collectionNames;
    }

    /** @return whether to wait until the flush completes */
    public boolean isSyncFlush() {
        return syncFlush;
    }

    /** @return the polling interval of a synchronous flush, in milliseconds (1 to 2000) */
    public long getSyncFlushWaitingInterval() {
        return syncFlushWaitingInterval;
    }

    /** @return the waiting timeout of a synchronous flush, in seconds (1 to 300) */
    public long getSyncFlushWaitingTimeout() {
        return syncFlushWaitingTimeout;
    }

    @Override
    public String toString() {
        return "FlushParam{"
                + "collectionNames=" + collectionNames
                + ", syncFlush=" + syncFlush
                + ", syncFlushWaitingInterval=" + syncFlushWaitingInterval
                + ", syncFlushWaitingTimeout=" + syncFlushWaitingTimeout
                + "}";
    }

    /** Builder for {@link FlushParam}; not thread-safe. */
    public static final class Builder {
        private List<String> collectionNames = List.of();
        private Boolean syncFlush = true;
        private Long syncFlushWaitingInterval = 500L;
        private Long syncFlushWaitingTimeout = 60L;

        private Builder() {}

        /**
         * @param collectionNames the collections to flush; at least one
         * @return this
         */
        public Builder withCollectionNames(List<String> collectionNames) {
            this.collectionNames = collectionNames;
            return this;
        }

        /**
         * @param collectionName one more element of {@code collectionNames}
         * @return this
         */
        public Builder addCollectionName(String collectionName) {
            if (this.collectionNames == null) {
                this.collectionNames = new ArrayList<>();
            } else {
                this.collectionNames = new ArrayList<>(this.collectionNames);
            }
            this.collectionNames.add(collectionName);
            return this;
        }

        /**
         * @param syncFlush whether to wait until the flush completes; default true
         * @return this
         */
        public Builder withSyncFlush(Boolean syncFlush) {
            this.syncFlush = syncFlush;
            return this;
        }

        /**
         * @param syncFlushWaitingInterval the polling interval of a synchronous flush, in milliseconds (1 to 2000); default 500
         * @return this
         */
        public Builder withSyncFlushWaitingInterval(Long syncFlushWaitingInterval) {
            this.syncFlushWaitingInterval = syncFlushWaitingInterval;
            return this;
        }

        /**
         * @param syncFlushWaitingTimeout the waiting timeout of a synchronous flush, in seconds (1 to 300); default 60
         * @return this
         */
        public Builder withSyncFlushWaitingTimeout(Long syncFlushWaitingTimeout) {
            this.syncFlushWaitingTimeout = syncFlushWaitingTimeout;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public FlushParam build() {
            collectionNames = ParamUtils.copyOf(collectionNames, "collectionNames");
            ParamUtils.checkNotNull(syncFlush, "syncFlush");
            ParamUtils.checkNotNull(syncFlushWaitingInterval, "syncFlushWaitingInterval");
            ParamUtils.checkRange(syncFlushWaitingInterval, 1, 2000, "syncFlushWaitingInterval");
            ParamUtils.checkNotNull(syncFlushWaitingTimeout, "syncFlushWaitingTimeout");
            ParamUtils.checkRange(syncFlushWaitingTimeout, 1, 300, "syncFlushWaitingTimeout");
            if (collectionNames.isEmpty()) {
                throw new ParamException("collectionNames must not be empty, got []");
            }
            for (int i = 0; i < collectionNames.size(); i++) {
                ParamUtils.checkCollectionName(collectionNames.get(i), "collectionNames[" + i + "]");
            }
            return new FlushParam(this);
        }
    }
}
