package io.partita.param.dml;

import io.partita.exception.ParamException;
import io.partita.model.FunctionSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search's function scoring (Milvus 2.6 {@code SearchRequest.function_score}): rerank functions
 * applied to the search's hits, such as a decay of a numeric field ({@code reranker: decay},
 * {@code function: gauss|exp|linear}, {@code origin}, {@code scale}, {@code offset}, {@code decay}).
 * The server checks the functions (Milvus 2.6 takes one); this class checks only that there is one.
 *
 * <p>Immutable and thread-safe.
 */
public final class FunctionScoreParam {
    private final List<FunctionSchema> functions;
    private final Map<String, String> params;

    private FunctionScoreParam(Builder b) {
        this.functions = Collections.unmodifiableList(new ArrayList<>(b.functions));
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(b.params));
    }

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the functions, in order; unmodifiable */
    public List<FunctionSchema> getFunctions() {
        return functions;
    }

    /** @return the function score's own params; unmodifiable */
    public Map<String, String> getParams() {
        return params;
    }

    @Override
    public String toString() {
        return "FunctionScoreParam{functions=" + functions + ", params=" + params + "}";
    }

    /** Builder for {@link FunctionScoreParam}; not thread-safe. */
    public static final class Builder {
        private final List<FunctionSchema> functions = new ArrayList<>();
        private final Map<String, String> params = new LinkedHashMap<>();

        private Builder() {}

        /**
         * @param function a rerank function
         * @return this
         */
        public Builder addFunction(FunctionSchema function) {
            if (function == null) {
                throw new ParamException("functions: a function must not be null");
            }
            functions.add(function);
            return this;
        }

        /**
         * @param params the function score's params; default none
         * @return this
         */
        public Builder withParams(Map<String, String> params) {
            this.params.clear();
            if (params != null) {
                this.params.putAll(params);
            }
            return this;
        }

        /**
         * @return the validated parameters
         * @throws ParamException when no function is given
         */
        public FunctionScoreParam build() {
            if (functions.isEmpty()) {
                throw new ParamException("functions must not be empty, got []");
            }
            return new FunctionScoreParam(this);
        }
    }
}
