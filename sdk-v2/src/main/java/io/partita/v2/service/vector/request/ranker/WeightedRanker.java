package io.partita.v2.service.vector.request.ranker;

import java.util.List;

/** Weighted fusion: a hit scores {@code Σ wᵢ · norm(sᵢ)}, one weight in [0, 1] per search. */
public final class WeightedRanker extends BaseRanker {
    private final List<Float> weights;

    /** @param weights one weight per search, in the order of the searches */
    public WeightedRanker(List<Float> weights) {
        this.weights = List.copyOf(weights);
    }

    /** @return the weights */
    public List<Float> getWeights() {
        return weights;
    }
}
