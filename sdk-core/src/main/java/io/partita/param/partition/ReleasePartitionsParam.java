package io.partita.param.partition;

import io.partita.param.PartitionsScopedParam;

/**
 * Releases partitions of a collection from memory.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class ReleasePartitionsParam extends PartitionsScopedParam {
    private ReleasePartitionsParam(Builder builder) {
        super(builder, false);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link ReleasePartitionsParam}; not thread-safe. */
    public static final class Builder extends PartitionsScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public ReleasePartitionsParam build() {
            return new ReleasePartitionsParam(this);
        }
    }
}
