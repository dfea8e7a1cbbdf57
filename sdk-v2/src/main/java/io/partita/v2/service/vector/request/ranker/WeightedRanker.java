package io.partita.v2.service.vector.request.ranker;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.common.clientenum.FunctionType;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted fusion for a hybrid search: a hit scores {@code Σ wᵢ · norm(sᵢ)}, one weight in [0, 1]
 * per search. A rerank function, as milvus-sdk-java 2.6's {@code WeightedRanker} is: given as
 * {@code HybridSearchReq.ranker}, its params go into the request's rank params as
 * {@code strategy: weighted} and {@code params: {"weights": [...]}}, as the official client sends
 * them (its V2 hybrid search conversion). No name is needed.
 *
 * <p>Immutable: the weights are copied in and handed out unmodifiable.
 */
public class WeightedRanker extends CreateCollectionReq.Function {
    private final List<Float> weights;

    /**
     * @param weights one weight per search, in the order of the searches
     * @deprecated as in the official client: use {@code WeightedRanker.builder().weights(weights).build()}
     */
    @Deprecated
    public WeightedRanker(List<Float> weights) {
        this(builder().weights(weights));
    }

    private WeightedRanker(WeightedRankerBuilder b) {
        super(b, false);
        this.weights = b.weights == null ? List.of() : List.copyOf(b.weights);
    }

    /** @return a builder; the weights are empty unless given */
    public static WeightedRankerBuilder builder() {
        return new WeightedRankerBuilder();
    }

    /** @return the weights, unmodifiable */
    public List<Float> getWeights() {
        return weights;
    }

    /** @return {@link FunctionType#RERANK} */
    @Override
    public FunctionType getFunctionType() {
        return FunctionType.RERANK;
    }

    /** @return the params given to the builder, then {@code strategy: weighted} and {@code params: {"weights": [...]}} */
    @Override
    public Map<String, String> getParams() {
        JsonArray json = new JsonArray();
        weights.forEach(json::add);
        JsonObject params = new JsonObject();
        params.add("weights", json);
        Map<String, String> props = new LinkedHashMap<>(super.getParams());
        props.put("strategy", "weighted");
        props.put("params", params.toString());
        return props;
    }

    @Override
    public String toString() {
        return "WeightedRanker{weights=" + weights + ", name='" + getName() + "', params=" + getParams() + "}";
    }

    /** Builds a {@link WeightedRanker}. */
    public static class WeightedRankerBuilder
            extends CreateCollectionReq.Function.FunctionBuilder<WeightedRankerBuilder> {
        private List<Float> weights = new ArrayList<>();

        private WeightedRankerBuilder() {}

        /** @return this builder, with one weight per search */
        public WeightedRankerBuilder weights(List<Float> weights) {
            this.weights = weights;
            return this;
        }

        /** @return the weighted ranker */
        @Override
        public WeightedRanker build() {
            return new WeightedRanker(this);
        }
    }
}
