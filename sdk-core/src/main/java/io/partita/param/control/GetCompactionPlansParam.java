package io.partita.param.control;

import io.partita.param.ParamUtils;

/**
 * Reads the state and merge plans of a compaction.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class GetCompactionPlansParam {
    private final long compactionID;

    private GetCompactionPlansParam(Builder b) {
        this.compactionID = b.compactionID;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the compaction id ManualCompaction returned */
    public long getCompactionID() {
        return compactionID;
    }

    @Override
    public String toString() {
        return "GetCompactionPlansParam{" + "compactionID=" + compactionID + "}";
    }

    /** Builder for {@link GetCompactionPlansParam}; not thread-safe. */
    public static final class Builder {
        private Long compactionID = 0L;

        private Builder() {}

        /**
         * @param compactionID the compaction id ManualCompaction returned; default 0
         * @return this
         */
        public Builder withCompactionID(Long compactionID) {
            this.compactionID = compactionID;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public GetCompactionPlansParam build() {
            ParamUtils.checkNotNull(compactionID, "compactionID");
            ParamUtils.checkRange(compactionID, Long.MIN_VALUE, Long.MAX_VALUE, "compactionID");
            return new GetCompactionPlansParam(this);
        }
    }
}
