package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The tokens RunAnalyzer made of one text.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name. The list is unmodifiable.
 */
public final class AnalyzerResult {
    private final List<AnalyzerToken> tokens;

    private AnalyzerResult(Builder b) {
        this.tokens = Collections.unmodifiableList(new ArrayList<>(b.tokens));
    }

    /** @return a new builder with no token */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the tokens, in text order; unmodifiable, never {@code null} */
    public List<AnalyzerToken> getTokensList() {
        return tokens;
    }
    /** @return the number of tokens */
    public int getTokensCount() {
        return tokens.size();
    }
    /**
     * @param index zero-based position, below {@link #getTokensCount()}
     * @return the token at {@code index}
     */
    public AnalyzerToken getTokens(int index) {
        return tokens.get(index);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof AnalyzerResult && tokens.equals(((AnalyzerResult) o).tokens));
    }

    @Override
    public int hashCode() {
        return Objects.hash(tokens);
    }

    @Override
    public String toString() {
        return "AnalyzerResult{tokens=" + tokens + "}";
    }

    /** Builder for {@link AnalyzerResult}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private final List<AnalyzerToken> tokens = new ArrayList<>();

        private Builder() {}

        /**
         * @param value a token appended; must not be null
         * @return this builder
         */
        public Builder addTokens(AnalyzerToken value) {
            tokens.add(Objects.requireNonNull(value, "tokens"));
            return this;
        }

        /** @return a new immutable {@code AnalyzerResult} holding this builder's values */
        public AnalyzerResult build() {
            return new AnalyzerResult(this);
        }
    }
}
