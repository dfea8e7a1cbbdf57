package io.partita.param;

/**
 * The shared shape of parameters that bind an alias to a collection. The alias follows the
 * collection naming rules. Thread-safe.
 */
public abstract class AliasScopedParam extends CollectionScopedParam {
    private final String alias;

    /**
     * @param builder the builder whose names are validated here
     * @throws io.partita.exception.ParamException naming the bad name
     */
    protected AliasScopedParam(AbstractBuilder<?> builder) {
        super(builder);
        this.alias = ParamUtils.checkCollectionName(builder.alias, "alias");
    }

    /** @return the alias, trimmed */
    public String getAlias() {
        return alias;
    }

    @Override
    protected void describeFields(StringBuilder out) {
        super.describeFields(out);
        out.append(", alias=").append(alias);
    }

    /**
     * The builder step that names the alias. Not thread-safe.
     *
     * @param <B> the concrete builder
     */
    public abstract static class AbstractBuilder<B extends AbstractBuilder<B>>
            extends CollectionScopedParam.AbstractBuilder<B> {
        private String alias;

        /** For the concrete builders of this SDK. */
        protected AbstractBuilder() {}

        /**
         * @param alias the alias; required
         * @return this builder
         */
        public B withAlias(String alias) {
            this.alias = alias;
            return self();
        }
    }
}
