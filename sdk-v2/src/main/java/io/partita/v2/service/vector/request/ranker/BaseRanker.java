package io.partita.v2.service.vector.request.ranker;

/** How a hybrid search fuses its searches' rankings: {@link RRFRanker} or {@link WeightedRanker}. */
public abstract class BaseRanker {
    BaseRanker() {}
}
