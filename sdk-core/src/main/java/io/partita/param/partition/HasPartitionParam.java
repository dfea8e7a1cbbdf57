package io.partita.param.partition;

import io.partita.param.PartitionScopedParam;

/**
 * Asks whether a partition exists.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class HasPartitionParam extends PartitionScopedParam {
    private HasPartitionParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link HasPartitionParam}; not thread-safe. */
    public static final class Builder extends PartitionScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public HasPartitionParam build() {
            return new HasPartitionParam(this);
        }
    }
}
