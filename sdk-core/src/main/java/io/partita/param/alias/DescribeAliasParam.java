package io.partita.param.alias;

import io.partita.param.AliasParam;

/**
 * Describes an alias: the collection it names ({@code MilvusClient.describeAlias}).
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class DescribeAliasParam extends AliasParam {
    private DescribeAliasParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link DescribeAliasParam}; not thread-safe. */
    public static final class Builder extends AliasParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DescribeAliasParam build() {
            return new DescribeAliasParam(this);
        }
    }
}
