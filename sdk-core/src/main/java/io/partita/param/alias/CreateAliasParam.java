package io.partita.param.alias;

import io.partita.param.AliasScopedParam;

/**
 * Creates an alias for a collection.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class CreateAliasParam extends AliasScopedParam {
    private CreateAliasParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link CreateAliasParam}; not thread-safe. */
    public static final class Builder extends AliasScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public CreateAliasParam build() {
            return new CreateAliasParam(this);
        }
    }
}
