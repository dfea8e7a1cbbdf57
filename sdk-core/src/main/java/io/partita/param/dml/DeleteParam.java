package io.partita.param.dml;

import io.partita.param.ParamUtils;
import java.util.Map;

/**
 * Deletes entities matching a boolean expression on the primary key.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class DeleteParam {
    private final String collectionName;
    private final String partitionName;
    private final String expr;
    private final Map<String, Object> exprTemplateValues;

    private DeleteParam(Builder b) {
        this.collectionName = b.collectionName;
        this.partitionName = b.partitionName;
        this.expr = b.expr;
        this.exprTemplateValues = b.exprTemplateValues;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }

    /** @return the partition; empty for every partition */
    public String getPartitionName() {
        return partitionName;
    }

    /** @return the expression, e.g. {@code id in [1, 2]} */
    public String getExpr() {
        return expr;
    }

    /** @return the values of the expression's {@code {name}} placeholders; empty for none; unmodifiable */
    public Map<String, Object> getExprTemplateValues() {
        return exprTemplateValues;
    }

    @Override
    public String toString() {
        return "DeleteParam{"
                + "collectionName=" + collectionName
                + ", partitionName=" + partitionName
                + ", expr=" + expr
                + "}";
    }

    /** Builder for {@link DeleteParam}; not thread-safe. */
    public static final class Builder {
        private String collectionName;
        private String partitionName = "";
        private String expr;
        private Map<String, Object> exprTemplateValues = Map.of();

        private Builder() {}

        /**
         * @param collectionName the collection name
         * @return this
         */
        public Builder withCollectionName(String collectionName) {
            this.collectionName = collectionName;
            return this;
        }

        /**
         * @param partitionName the partition; empty for every partition; default ""
         * @return this
         */
        public Builder withPartitionName(String partitionName) {
            this.partitionName = partitionName;
            return this;
        }

        /**
         * @param expr the expression, e.g. {@code id in [1, 2]}
         * @return this
         */
        public Builder withExpr(String expr) {
            this.expr = expr;
            return this;
        }

        /**
         * @param values the values of the expression's {@code {name}} placeholders, see
         *     {@link FilterTemplateValues}; default none
         * @return this
         */
        public Builder withExprTemplateValues(Map<String, ?> values) {
            this.exprTemplateValues = FilterTemplateValues.copyOf(values, "exprTemplateValues");
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DeleteParam build() {
            collectionName = ParamUtils.checkCollectionName(collectionName, "collectionName");
            ParamUtils.checkNotNull(partitionName, "partitionName");
            ParamUtils.checkNotEmpty(expr, "expr");
            return new DeleteParam(this);
        }
    }
}
