package io.partita.param.partition;

import io.partita.param.PartitionsScopedParam;
import io.partita.param.SyncLoadParam;
import io.partita.param.SyncLoadSettings;
import io.partita.param.SyncLoadSteps;

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
    public static final class Builder extends PartitionsScopedParam.AbstractBuilder<Builder>
            implements SyncLoadSteps<Builder> {
        private final SyncLoadSettings.Builder syncLoadSettings = SyncLoadSettings.newBuilder();

        private Builder() {}

        @Override
        public SyncLoadSettings.Builder syncLoadSettings() {
            return syncLoadSettings;
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
