package io.partita.param.collection;

import io.partita.param.CollectionScopedParam;

/**
 * Releases a collection from memory.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class ReleaseCollectionParam extends CollectionScopedParam {
    private ReleaseCollectionParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link ReleaseCollectionParam}; not thread-safe. */
    public static final class Builder extends CollectionScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public ReleaseCollectionParam build() {
            return new ReleaseCollectionParam(this);
        }
    }
}
