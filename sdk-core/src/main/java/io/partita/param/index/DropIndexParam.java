package io.partita.param.index;

import io.partita.param.IndexScopedParam;

/**
 * Drops the index on a field.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class DropIndexParam extends IndexScopedParam {
    private DropIndexParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link DropIndexParam}; not thread-safe. */
    public static final class Builder extends IndexScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DropIndexParam build() {
            return new DropIndexParam(this);
        }
    }
}
