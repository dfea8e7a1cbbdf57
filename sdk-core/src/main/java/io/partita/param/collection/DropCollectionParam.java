package io.partita.param.collection;

import io.partita.param.CollectionScopedParam;

/**
 * Drops a collection and its data.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class DropCollectionParam extends CollectionScopedParam {
    private DropCollectionParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link DropCollectionParam}; not thread-safe. */
    public static final class Builder extends CollectionScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DropCollectionParam build() {
            return new DropCollectionParam(this);
        }
    }
}
