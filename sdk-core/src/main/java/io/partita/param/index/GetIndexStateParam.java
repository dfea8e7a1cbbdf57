package io.partita.param.index;

import io.partita.param.IndexScopedParam;

/**
 * Reads the build state of an index.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class GetIndexStateParam extends IndexScopedParam {
    private GetIndexStateParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link GetIndexStateParam}; not thread-safe. */
    public static final class Builder extends IndexScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public GetIndexStateParam build() {
            return new GetIndexStateParam(this);
        }
    }
}
