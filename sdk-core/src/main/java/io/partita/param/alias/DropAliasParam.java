package io.partita.param.alias;

import io.partita.param.ParamUtils;

/**
 * Drops an alias.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class DropAliasParam {
    private final String alias;

    private DropAliasParam(Builder b) {
        this.alias = b.alias;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the alias */
    public String getAlias() {
        return alias;
    }

    @Override
    public String toString() {
        return "DropAliasParam{" + "alias=" + alias + "}";
    }

    /** Builder for {@link DropAliasParam}; not thread-safe. */
    public static final class Builder {
        private String alias;

        private Builder() {}

        /**
         * @param alias the alias
         * @return this
         */
        public Builder withAlias(String alias) {
            this.alias = alias;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DropAliasParam build() {
            alias = ParamUtils.checkCollectionName(alias, "alias");
            return new DropAliasParam(this);
        }
    }
}
