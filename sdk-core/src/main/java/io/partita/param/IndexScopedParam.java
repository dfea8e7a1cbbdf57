package io.partita.param;

/**
 * The shared shape of parameters that name an index: a collection, the indexed field and the
 * index name. Field and index names default to {@code ""}, which the server reads as "the
 * collection's only index". Thread-safe.
 */
public abstract class IndexScopedParam extends CollectionScopedParam {
    private final String fieldName;
    private final String indexName;

    /**
     * @param builder the builder whose names are validated here
     * @throws io.partita.exception.ParamException naming a null field or index name
     */
    protected IndexScopedParam(AbstractBuilder<?> builder) {
        super(builder);
        this.fieldName = ParamUtils.checkNotNull(builder.fieldName, "fieldName");
        this.indexName = ParamUtils.checkNotNull(builder.indexName, "indexName");
    }

    /** @return the indexed field's name, or {@code ""} */
    public String getFieldName() {
        return fieldName;
    }

    /** @return the index name, or {@code ""} */
    public String getIndexName() {
        return indexName;
    }

    @Override
    protected void describeFields(StringBuilder out) {
        super.describeFields(out);
        out.append(", fieldName=").append(fieldName).append(", indexName=").append(indexName);
    }

    /**
     * The builder steps that name an index. Not thread-safe.
     *
     * @param <B> the concrete builder
     */
    public abstract static class AbstractBuilder<B extends AbstractBuilder<B>>
            extends CollectionScopedParam.AbstractBuilder<B> {
        private String fieldName = "";
        private String indexName = "";

        /** For the concrete builders of this SDK. */
        protected AbstractBuilder() {}

        /**
         * @param fieldName the indexed field; default {@code ""}
         * @return this builder
         */
        public B withFieldName(String fieldName) {
            this.fieldName = fieldName;
            return self();
        }

        /**
         * @param indexName the index name; default {@code ""}
         * @return this builder
         */
        public B withIndexName(String indexName) {
            this.indexName = indexName;
            return self();
        }
    }
}
