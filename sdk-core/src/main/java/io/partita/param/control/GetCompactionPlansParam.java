package io.partita.param.control;

import io.partita.param.CompactionParam;

/**
 * Reads the state and merge plans of a compaction.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class GetCompactionPlansParam extends CompactionParam {
    private GetCompactionPlansParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link GetCompactionPlansParam}; not thread-safe. */
    public static final class Builder extends CompactionParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public GetCompactionPlansParam build() {
            return new GetCompactionPlansParam(this);
        }
    }
}
