package io.partita.param.partition;

import io.partita.param.PartitionScopedParam;

/**
 * Drops a partition (not {@code _default}); a loaded partition is released first.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class DropPartitionParam extends PartitionScopedParam {
    private DropPartitionParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link DropPartitionParam}; not thread-safe. */
    public static final class Builder extends PartitionScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DropPartitionParam build() {
            return new DropPartitionParam(this);
        }
    }
}
