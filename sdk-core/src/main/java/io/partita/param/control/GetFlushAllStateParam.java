package io.partita.param.control;

import io.partita.param.ParamUtils;

/**
 * Asks whether every segment older than a FlushAll timestamp is flushed.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class GetFlushAllStateParam {
    private final String databaseName;
    private final long flushAllTs;

    private GetFlushAllStateParam(Builder b) {
        this.databaseName = b.databaseName;
        this.flushAllTs = b.flushAllTs;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the database, empty for the client's */
    public String getDatabaseName() {
        return databaseName;
    }

    /** @return the timestamp FlushAll answered */
    public long getFlushAllTs() {
        return flushAllTs;
    }

    @Override
    public String toString() {
        return "GetFlushAllStateParam{databaseName=" + databaseName + ", flushAllTs=" + flushAllTs + "}";
    }

    /** Builder for {@link GetFlushAllStateParam}; not thread-safe. */
    public static final class Builder {
        private String databaseName = "";
        private Long flushAllTs;

        private Builder() {}

        /**
         * @param databaseName the database, empty for the client's
         * @return this
         */
        public Builder withDatabaseName(String databaseName) {
            this.databaseName = databaseName;
            return this;
        }

        /**
         * @param flushAllTs the timestamp FlushAll answered (required)
         * @return this
         */
        public Builder withFlushAllTs(Long flushAllTs) {
            this.flushAllTs = flushAllTs;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public GetFlushAllStateParam build() {
            databaseName = ParamUtils.checkNotNull(databaseName, "databaseName");
            ParamUtils.checkNotNull(flushAllTs, "flushAllTs");
            return new GetFlushAllStateParam(this);
        }
    }
}
