package io.partita.v2.service.vector.request;

import io.partita.v2.internal.Checks;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Function scoring of a search (Milvus 2.6 {@code SearchRequest.function_score}): rerank functions
 * applied to the hits, such as a {@link io.partita.v2.service.vector.request.ranker.DecayRanker}.
 * The reference server takes one function, a decay reranker; a model reranker is refused (it has no
 * model provider).
 *
 * <p>Immutable: the functions and params are copied in and handed out unmodifiable.
 */
public final class FunctionScore {
    private final List<CreateCollectionReq.Function> functions;
    private final Map<String, String> params;

    private FunctionScore(FunctionScoreBuilder b) {
        this.functions = Checks.copy(b.functions == null ? List.of() : b.functions);
        this.params = Checks.copy(b.params == null ? Map.of() : b.params);
    }

    /** @return a builder; no function and no params by default */
    public static FunctionScoreBuilder builder() {
        return new FunctionScoreBuilder();
    }

    /** @return the rerank functions, unmodifiable */
    public List<CreateCollectionReq.Function> getFunctions() {
        return functions;
    }

    /** @return the function score's own params, unmodifiable */
    public Map<String, String> getParams() {
        return params;
    }

    @Override
    public String toString() {
        return "FunctionScore{functions=" + functions + ", params=" + params + "}";
    }

    /** Builds a {@link FunctionScore}. */
    public static class FunctionScoreBuilder {
        private List<CreateCollectionReq.Function> functions = new ArrayList<>();
        private Map<String, String> params = new LinkedHashMap<>();

        FunctionScoreBuilder() {}

        /** @return this builder, with these functions (replacing any added) */
        public FunctionScoreBuilder functions(List<CreateCollectionReq.Function> functions) {
            this.functions = functions == null ? null : new ArrayList<>(functions);
            return this;
        }

        /** @return this builder, with these params */
        public FunctionScoreBuilder params(Map<String, String> params) {
            this.params = params == null ? null : new LinkedHashMap<>(params);
            return this;
        }

        /** @return this builder, with one more function */
        public FunctionScoreBuilder addFunction(CreateCollectionReq.Function function) {
            if (functions == null) {
                functions = new ArrayList<>();
            }
            functions.add(function);
            return this;
        }

        /** @return the function score */
        public FunctionScore build() {
            return new FunctionScore(this);
        }
    }
}
