package io.partita.param.collection;

import io.partita.model.FunctionSchema;
import io.partita.param.CollectionScopedParam;
import io.partita.param.ParamUtils;

/**
 * Replaces one function of a collection's schema by a new definition of the same name
 * (AlterCollectionFunction, Milvus 2.6). The function named must exist, and the new definition
 * must carry the same name; BM25 functions cannot be altered.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class AlterCollectionFunctionParam extends CollectionScopedParam {
    private final String functionName;
    private final FunctionSchema function;

    private AlterCollectionFunctionParam(Builder builder) {
        super(builder);
        this.function = ParamUtils.checkNotNull(builder.function, "function");
        this.functionName = builder.functionName == null ? function.getName() : builder.functionName;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the name of the function replaced */
    public String getFunctionName() {
        return functionName;
    }

    /** @return the new definition */
    public FunctionSchema getFunction() {
        return function;
    }

    @Override
    protected void describeFields(StringBuilder out) {
        super.describeFields(out);
        out.append(", functionName=").append(functionName).append(", function=").append(function);
    }

    /** Builder for {@link AlterCollectionFunctionParam}; not thread-safe. */
    public static final class Builder extends CollectionScopedParam.AbstractBuilder<Builder> {
        private String functionName;
        private FunctionSchema function;

        private Builder() {}

        /**
         * @param functionName the function replaced; default the new definition's name
         * @return this builder
         */
        public Builder withFunctionName(String functionName) {
            this.functionName = functionName;
            return this;
        }

        /**
         * @param function the new definition (required)
         * @return this builder
         */
        public Builder withFunction(FunctionSchema function) {
            this.function = function;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public AlterCollectionFunctionParam build() {
            return new AlterCollectionFunctionParam(this);
        }
    }
}
