/**
 * The rankers, as milvus-sdk-java 2.6 names them: RRFRanker and WeightedRanker (hybrid search),
 * DecayRanker, BoostRanker and ModelRanker (a search's function score).
 */
package io.partita.v2.service.vector.request.ranker;
