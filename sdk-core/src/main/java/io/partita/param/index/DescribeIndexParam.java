package io.partita.param.index;

import io.partita.param.IndexScopedParam;

/**
 * Describes the index on a field.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class DescribeIndexParam extends IndexScopedParam {
    private DescribeIndexParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link DescribeIndexParam}; not thread-safe. */
    public static final class Builder extends IndexScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DescribeIndexParam build() {
            return new DescribeIndexParam(this);
        }
    }
}
