package io.partita.param;

/**
 * The shared shape of parameters that name an alias and nothing else (DropAlias, DescribeAlias).
 * The alias follows the collection naming rules and is validated once, here. Thread-safe.
 */
public abstract class AliasParam {
    private final String alias;

    /**
     * @param builder the builder whose alias is validated here
     * @throws io.partita.exception.ParamException naming the bad alias
     */
    protected AliasParam(AbstractBuilder<?> builder) {
        this.alias = ParamUtils.checkCollectionName(builder.alias, "alias");
    }

    /** @return the alias, trimmed */
    public String getAlias() {
        return alias;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{alias=" + alias + "}";
    }

    /**
     * The builder step that names the alias. Not thread-safe.
     *
     * @param <B> the concrete builder
     */
    public abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {
        private String alias;

        /** For the concrete builders of this SDK. */
        protected AbstractBuilder() {}

        /**
         * @param alias the alias; required
         * @return this builder
         */
        @SuppressWarnings("unchecked")
        public B withAlias(String alias) {
            this.alias = alias;
            return (B) this;
        }
    }
}
