package io.partita.param.alias;

import io.partita.param.CollectionScopedParam;

/**
 * Lists the aliases of a collection ({@code MilvusClient.listAliases}).
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class ListAliasesParam extends CollectionScopedParam {
    private ListAliasesParam(Builder builder) {
        super(builder);
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Builder for {@link ListAliasesParam}; not thread-safe. */
    public static final class Builder extends CollectionScopedParam.AbstractBuilder<Builder> {
        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public ListAliasesParam build() {
            return new ListAliasesParam(this);
        }
    }
}
