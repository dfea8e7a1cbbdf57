package io.partita.param.index;

import io.partita.param.IndexScopedParam;

/**
 * Reads how many rows an index has built.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class GetIndexBuildProgressParam extends IndexScopedParam {
    private GetIndexBuildProgressParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link GetIndexBuildProgressParam}; not thread-safe. */
    public static final class Builder extends IndexScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public GetIndexBuildProgressParam build() {
            return new GetIndexBuildProgressParam(this);
        }
    }
}
