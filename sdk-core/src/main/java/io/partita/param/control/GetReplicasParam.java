package io.partita.param.control;

import io.partita.param.CollectionScopedParam;

/**
 * Lists the replica groups of a loaded collection.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class GetReplicasParam extends CollectionScopedParam {
    private GetReplicasParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link GetReplicasParam}; not thread-safe. */
    public static final class Builder extends CollectionScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public GetReplicasParam build() {
            return new GetReplicasParam(this);
        }
    }
}
