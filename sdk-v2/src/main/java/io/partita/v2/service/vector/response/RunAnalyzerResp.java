package io.partita.v2.service.vector.response;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.runAnalyzer} answers: one result per text, in order.
 *
 * <p>Immutable: made by the client from the server's answer; lists are unmodifiable.
 */
@Getter
public final class RunAnalyzerResp {
    /** One result per text sent, in the order of the texts. */
    private final List<AnalyzerResult> results;

    @Builder
    private RunAnalyzerResp(List<AnalyzerResult> results) {
        this.results = Checks.copy(results);
    }

    @Override
    public String toString() {
        return "RunAnalyzerResp{results=" + results + "}";
    }

    /** The tokens of one text. */
    @Getter
    public static final class AnalyzerResult {
        /** The tokens, in text order. */
        private final List<AnalyzerToken> tokens;

        @Builder
        private AnalyzerResult(List<AnalyzerToken> tokens) {
            this.tokens = Checks.copy(tokens);
        }

        @Override
        public String toString() {
            return "AnalyzerResult{tokens=" + tokens + "}";
        }
    }

    /**
     * One token: its text; its offsets (in bytes of the UTF-8 text) and position when
     * {@code withDetail} was asked; its hash (an unsigned 32-bit value) when {@code withHash} was.
     */
    @Getter
    public static final class AnalyzerToken {
        /** The token's text. */
        private final String token;
        /** Where the token starts in the text. */
        private final Long startOffset;
        /** Where the token ends in the text, exclusive. */
        private final Long endOffset;
        /** The token's position among the tokens. */
        private final Long position;
        /** How many positions the token spans. */
        private final Long positionLength;
        /** The token's hash, 0 to 2^32-1. */
        private final Long hash;

        @Builder
        private AnalyzerToken(
                String token, Long startOffset, Long endOffset, Long position, Long positionLength, Long hash) {
            this.token = token;
            this.startOffset = startOffset;
            this.endOffset = endOffset;
            this.position = position;
            this.positionLength = positionLength;
            this.hash = hash;
        }

        @Override
        public String toString() {
            return "AnalyzerToken{token='" + token + "', startOffset=" + startOffset + ", endOffset=" + endOffset
                    + ", position=" + position + ", positionLength=" + positionLength + ", hash=" + hash + "}";
        }
    }
}
