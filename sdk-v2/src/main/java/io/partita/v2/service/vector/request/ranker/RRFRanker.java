package io.partita.v2.service.vector.request.ranker;

/** Reciprocal rank fusion: a hit scores {@code Σ 1/(k + rank)} over the searches that found it. */
public final class RRFRanker extends BaseRanker {
    private final int k;

    /** @param k the constant, in (0, 16384); Milvus's default is 60 */
    public RRFRanker(int k) {
        this.k = k;
    }

    /** @return the constant k */
    public int getK() {
        return k;
    }
}
