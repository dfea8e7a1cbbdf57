package io.partita.param.collection;

import io.partita.param.CollectionScopedParam;

/**
 * Asks whether a collection exists.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class HasCollectionParam extends CollectionScopedParam {
    private HasCollectionParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link HasCollectionParam}; not thread-safe. */
    public static final class Builder extends CollectionScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public HasCollectionParam build() {
            return new HasCollectionParam(this);
        }
    }
}
