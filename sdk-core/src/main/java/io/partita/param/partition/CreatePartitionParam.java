package io.partita.param.partition;

import io.partita.param.PartitionScopedParam;

/**
 * Creates a partition in a collection.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class CreatePartitionParam extends PartitionScopedParam {
    private CreatePartitionParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link CreatePartitionParam}; not thread-safe. */
    public static final class Builder extends PartitionScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public CreatePartitionParam build() {
            return new CreatePartitionParam(this);
        }
    }
}
