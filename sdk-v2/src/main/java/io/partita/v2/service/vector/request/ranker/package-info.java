/** The rankers of a hybrid search, as milvus-sdk-java 2.6 names them: RRFRanker and WeightedRanker. */
package io.partita.v2.service.vector.request.ranker;
