package io.partita.param;

/**
 * The shared shape of parameters that name one collection: an immutable value whose
 * {@code collectionName} was validated with the server's naming rules when it was built.
 *
 * <p>Subclasses are the concrete Param classes of this SDK; users build them through their
 * {@code newBuilder()} and do not extend this class. Thread-safe.
 */
public abstract class CollectionScopedParam {
    private final String collectionName;

    /**
     * @param builder the builder whose collection name is validated here
     * @throws io.partita.exception.ParamException when the name is null, empty or breaks the rules
     */
    protected CollectionScopedParam(AbstractBuilder<?> builder) {
        this.collectionName = ParamUtils.checkCollectionName(builder.collectionName, "collectionName");
    }

    /** @return the collection name, trimmed */
    public String getCollectionName() {
        return collectionName;
    }

    /**
     * Appends this value's fields, {@code name=value} separated by {@code ", "}.
     *
     * @param out where to append
     */
    protected void describeFields(StringBuilder out) {
        out.append("collectionName=").append(collectionName);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(getClass().getSimpleName()).append('{');
        describeFields(out);
        return out.append('}').toString();
    }

    /**
     * The builder step every collection-scoped Param shares. Not thread-safe.
     *
     * @param <B> the concrete builder, returned by every step for chaining
     */
    public abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {
        private String collectionName;

        /** For the concrete builders of this SDK. */
        protected AbstractBuilder() {}

        /**
         * @param collectionName the collection to act on; required
         * @return this builder
         */
        public B withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return self();
        }

        /** @return this builder as its concrete type */
        @SuppressWarnings("unchecked")
        protected final B self() {
            return (B) this;
        }
    }
}
