package io.partita.param.dml;

import java.util.Objects;

/**
 * The hidden settings of one search iterator v2 call (milvus-sdk-java 2.6's
 * {@code SearchIteratorV2}), sent as top-level search params beside {@code iterator=true}:
 * {@code search_iter_v2=true}, {@code search_iter_batch_size}, and from the second call on
 * {@code search_iter_last_bound} (the score the previous page ended at) and {@code search_iter_id}
 * (the token the server answered). The server pages: each answer holds the next hits beyond the
 * last bound, and its {@code SearchIteratorV2Results}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SearchIteratorV2Page {
    private final int batchSize;
    private final Float lastBound;
    private final String token;

    private SearchIteratorV2Page(int batchSize, Float lastBound, String token) {
        this.batchSize = batchSize;
        this.lastBound = lastBound;
        this.token = Objects.requireNonNull(token, "token");
    }

    /**
     * @param batchSize the hits to answer ({@code search_iter_batch_size}); the server checks it
     * @return the first call of an iteration: no bound, no token
     */
    public static SearchIteratorV2Page first(int batchSize) {
        return new SearchIteratorV2Page(batchSize, null, "");
    }

    /**
     * @param batchSize the hits to answer ({@code search_iter_batch_size})
     * @param lastBound the score the previous page ended at
     * @param token the iteration's token as the server answered it; empty for none yet
     * @return a later call of an iteration
     */
    public static SearchIteratorV2Page after(int batchSize, float lastBound, String token) {
        return new SearchIteratorV2Page(batchSize, lastBound, token);
    }

    /** @return the hits to answer ({@code search_iter_batch_size}) */
    public int getBatchSize() {
        return batchSize;
    }

    /** @return the score the previous page ended at; {@code null} on the first call */
    public Float getLastBound() {
        return lastBound;
    }

    /** @return the iteration's token ({@code search_iter_id}); empty when none is sent */
    public String getToken() {
        return token;
    }

    @Override
    public String toString() {
        return "SearchIteratorV2Page{batchSize=" + batchSize + ", lastBound=" + lastBound + ", token=" + token + "}";
    }
}
