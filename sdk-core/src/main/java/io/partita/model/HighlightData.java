package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One hit's highlighting in one field (Milvus 2.6.8+ {@code common.HighlightData}): the text's
 * fragments with the matched terms wrapped in tags, and, for a semantic highlighter, a score per
 * fragment (a lexical highlighter sends none).
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 */
public final class HighlightData {
    private final List<String> fragments;
    private final List<Float> scores;

    private HighlightData(Builder b) {
        this.fragments = Collections.unmodifiableList(new ArrayList<>(b.fragments));
        this.scores = Collections.unmodifiableList(new ArrayList<>(b.scores));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the highlighted fragments, in the text's order; unmodifiable, never {@code null} */
    public List<String> getFragmentsList() {
        return fragments;
    }

    /** @return the number of fragments */
    public int getFragmentsCount() {
        return fragments.size();
    }

    /**
     * @param index zero-based position, below {@link #getFragmentsCount()}
     * @return the fragment at {@code index}
     */
    public String getFragments(int index) {
        return fragments.get(index);
    }

    /** @return the fragments' scores (semantic highlighting); unmodifiable, never {@code null}, empty when none */
    public List<Float> getScoresList() {
        return scores;
    }

    /** @return the number of scores */
    public int getScoresCount() {
        return scores.size();
    }

    /**
     * @param index zero-based position, below {@link #getScoresCount()}
     * @return the score at {@code index}
     */
    public float getScores(int index) {
        return scores.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof HighlightData)) return false;
        HighlightData other = (HighlightData) o;
        return fragments.equals(other.fragments) && scores.equals(other.scores);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fragments, scores);
    }

    @Override
    public String toString() {
        return "HighlightData{fragments=" + fragments + ", scores=" + scores + "}";
    }

    /** Builder for {@link HighlightData}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private final List<String> fragments = new ArrayList<>();
        private final List<Float> scores = new ArrayList<>();

        private Builder() {}

        /**
         * @param values fragments appended, in order; none may be null
         * @return this builder
         */
        public Builder addAllFragments(Iterable<String> values) {
            for (String v : values) {
                fragments.add(Objects.requireNonNull(v, "fragments"));
            }
            return this;
        }

        /**
         * @param values scores appended, in order; none may be null
         * @return this builder
         */
        public Builder addAllScores(Iterable<Float> values) {
            for (Float v : values) {
                scores.add(Objects.requireNonNull(v, "scores"));
            }
            return this;
        }

        /** @return a new immutable {@code HighlightData} holding this builder's values; the builder stays usable */
        public HighlightData build() {
            return new HighlightData(this);
        }
    }
}
