package io.partita.param.collection;

import io.partita.param.ParamUtils;
import io.partita.param.SyncLoadParam;
import io.partita.param.SyncLoadSettings;
import io.partita.param.SyncLoadSteps;

/**
 * Loads a collection into memory for search and query.
 * <p>With {@code syncLoad} on (the default) the client waits until the collection is fully loaded,
 * polling every {@code syncLoadWaitingInterval} milliseconds for at most {@code syncLoadWaitingTimeout}
 * seconds; reaching the timeout is a failure ({@code R.Status.LoadTimeout}), never a success. The
 * settings, their defaults and limits are {@link SyncLoadSettings}, shared with
 * {@code LoadPartitionsParam}.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class LoadCollectionParam implements SyncLoadParam {
    private final String collectionName;
    private final SyncLoadSettings syncLoadSettings;

    private LoadCollectionParam(String collectionName, SyncLoadSettings syncLoadSettings) {
        this.collectionName = collectionName;
        this.syncLoadSettings = syncLoadSettings;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }

    @Override
    public SyncLoadSettings getSyncLoadSettings() {
        return syncLoadSettings;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("LoadCollectionParam{collectionName=").append(collectionName);
        syncLoadSettings.describeFields(out);
        return out.append('}').toString();
    }

    /** Builder for {@link LoadCollectionParam}; not thread-safe. */
    public static final class Builder implements SyncLoadSteps<Builder> {
        private final SyncLoadSettings.Builder syncLoadSettings = SyncLoadSettings.newBuilder();
        private String collectionName;

        private Builder() {}

        /**
         * @param collectionName the collection name
         * @return this
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }

        @Override
        public SyncLoadSettings.Builder syncLoadSettings() {
            return syncLoadSettings;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public LoadCollectionParam build() {
            String name = ParamUtils.checkCollectionName(collectionName, "collectionName");
            return new LoadCollectionParam(name, syncLoadSettings.build());
        }
    }
}
