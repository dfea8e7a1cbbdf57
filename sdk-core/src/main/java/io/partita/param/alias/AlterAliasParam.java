package io.partita.param.alias;

import io.partita.param.AliasScopedParam;

/**
 * Points an existing alias at another collection.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class AlterAliasParam extends AliasScopedParam {
    private AlterAliasParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link AlterAliasParam}; not thread-safe. */
    public static final class Builder extends AliasScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public AlterAliasParam build() {
            return new AlterAliasParam(this);
        }
    }
}
