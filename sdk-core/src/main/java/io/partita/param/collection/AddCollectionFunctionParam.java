package io.partita.param.collection;

import io.partita.model.FunctionSchema;
import io.partita.param.CollectionScopedParam;
import io.partita.param.ParamUtils;

/**
 * Adds one function to an existing collection's schema (AddCollectionFunction, Milvus 2.6). Milvus
 * 2.6 refuses a BM25 function here ({@code Currently does not support adding BM25 function}); the
 * server checks the function as it checks a new collection's.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class AddCollectionFunctionParam extends CollectionScopedParam {
    private final FunctionSchema function;

    private AddCollectionFunctionParam(Builder builder) {
        super(builder);
        this.function = ParamUtils.checkNotNull(builder.function, "function");
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the function to add */
    public FunctionSchema getFunction() {
        return function;
    }

    @Override
    protected void describeFields(StringBuilder out) {
        super.describeFields(out);
        out.append(", function=").append(function);
    }

    /** Builder for {@link AddCollectionFunctionParam}; not thread-safe. */
    public static final class Builder extends CollectionScopedParam.AbstractBuilder<Builder> {
        private FunctionSchema function;

        private Builder() {}

        /**
         * @param function the function to add (required)
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
        public AddCollectionFunctionParam build() {
            return new AddCollectionFunctionParam(this);
        }
    }
}
