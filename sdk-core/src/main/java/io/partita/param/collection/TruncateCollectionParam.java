package io.partita.param.collection;

import io.partita.param.CollectionScopedParam;

/**
 * Removes every row of every partition of a collection, keeping its schema, partitions, indexes,
 * aliases and properties (TruncateCollection, Milvus 2.6).
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class TruncateCollectionParam extends CollectionScopedParam {
    private TruncateCollectionParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link TruncateCollectionParam}; not thread-safe. */
    public static final class Builder extends CollectionScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public TruncateCollectionParam build() {
            return new TruncateCollectionParam(this);
        }
    }
}
