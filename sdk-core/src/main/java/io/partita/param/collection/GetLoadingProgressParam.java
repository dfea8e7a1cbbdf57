package io.partita.param.collection;

import io.partita.param.PartitionsScopedParam;

/**
 * Reads the loading progress (0 to 100) of a collection or of some of its partitions.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class GetLoadingProgressParam extends PartitionsScopedParam {
    private GetLoadingProgressParam(Builder builder) {
        super(builder, true);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link GetLoadingProgressParam}; not thread-safe. */
    public static final class Builder extends PartitionsScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public GetLoadingProgressParam build() {
            return new GetLoadingProgressParam(this);
        }
    }
}
