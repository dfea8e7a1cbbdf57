/**
 * The rankers, as milvus-sdk-java 2.6 names them, all rerank {@code CreateCollectionReq.Function}s:
 * RRFRanker and WeightedRanker (a hybrid search's fusion), DecayRanker, BoostRanker and
 * ModelRanker (a search's or hybrid search's function score, or its {@code ranker}).
 */
package io.partita.v2.service.vector.request.ranker;
