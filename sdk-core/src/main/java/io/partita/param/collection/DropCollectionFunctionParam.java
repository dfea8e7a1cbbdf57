package io.partita.param.collection;

import io.partita.param.CollectionScopedParam;
import io.partita.param.ParamUtils;

/**
 * Removes one function from a collection's schema (DropCollectionFunction, Milvus 2.6). Dropping a
 * function the collection does not have succeeds and changes nothing; BM25 functions cannot be
 * dropped.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class DropCollectionFunctionParam extends CollectionScopedParam {
    private final String functionName;

    private DropCollectionFunctionParam(Builder builder) {
        super(builder);
        this.functionName = ParamUtils.checkNotNull(builder.functionName, "functionName");
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the name of the function dropped */
    public String getFunctionName() {
        return functionName;
    }

    @Override
    protected void describeFields(StringBuilder out) {
        super.describeFields(out);
        out.append(", functionName=").append(functionName);
    }

    /** Builder for {@link DropCollectionFunctionParam}; not thread-safe. */
    public static final class Builder extends CollectionScopedParam.AbstractBuilder<Builder> {
        private String functionName;

        private Builder() {}

        /**
         * @param functionName the function to drop (required)
         * @return this builder
         */
        public Builder withFunctionName(String functionName) {
            this.functionName = functionName;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public DropCollectionFunctionParam build() {
            return new DropCollectionFunctionParam(this);
        }
    }
}
