package io.partita.model;

import java.util.Objects;

/**
 * One token of a RunAnalyzer result: its text and, when details were asked, its offsets and
 * position; its hash when hashes were asked.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name.
 */
public final class AnalyzerToken {
    private final String token;
    private final long startOffset;
    private final long endOffset;
    private final long position;
    private final long positionLength;
    private final int hash;

    private AnalyzerToken(Builder b) {
        this.token = b.token;
        this.startOffset = b.startOffset;
        this.endOffset = b.endOffset;
        this.position = b.position;
        this.positionLength = b.positionLength;
        this.hash = b.hash;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the token's text */
    public String getToken() {
        return token;
    }
    /** @return where the token starts in the text, in bytes (0 without details) */
    public long getStartOffset() {
        return startOffset;
    }
    /** @return where the token ends in the text, in bytes, exclusive (0 without details) */
    public long getEndOffset() {
        return endOffset;
    }
    /** @return the token's position among the tokens (0 without details) */
    public long getPosition() {
        return position;
    }
    /** @return how many positions the token spans (0 without details) */
    public long getPositionLength() {
        return positionLength;
    }
    /** @return the token's hash, an unsigned 32-bit value in an int (0 without hashes) */
    public int getHash() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof AnalyzerToken)) return false;
        AnalyzerToken other = (AnalyzerToken) o;
        return token.equals(other.token)
                && startOffset == other.startOffset
                && endOffset == other.endOffset
                && position == other.position
                && positionLength == other.positionLength
                && hash == other.hash;
    }

    @Override
    public int hashCode() {
        return Objects.hash(token, startOffset, endOffset, position, positionLength, hash);
    }

    @Override
    public String toString() {
        return "AnalyzerToken{token=" + token + ", startOffset=" + startOffset + ", endOffset=" + endOffset
                + ", position=" + position + ", positionLength=" + positionLength + ", hash=" + hash + "}";
    }

    /** Builder for {@link AnalyzerToken}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private String token = "";
        private long startOffset;
        private long endOffset;
        private long position;
        private long positionLength;
        private int hash;

        private Builder() {}

        /**
         * @param value the token's text; must not be null
         * @return this builder
         */
        public Builder setToken(String value) {
            this.token = Objects.requireNonNull(value, "token");
            return this;
        }
        /**
         * @param value where the token starts, in bytes
         * @return this builder
         */
        public Builder setStartOffset(long value) {
            this.startOffset = value;
            return this;
        }
        /**
         * @param value where the token ends, in bytes, exclusive
         * @return this builder
         */
        public Builder setEndOffset(long value) {
            this.endOffset = value;
            return this;
        }
        /**
         * @param value the token's position
         * @return this builder
         */
        public Builder setPosition(long value) {
            this.position = value;
            return this;
        }
        /**
         * @param value how many positions the token spans
         * @return this builder
         */
        public Builder setPositionLength(long value) {
            this.positionLength = value;
            return this;
        }
        /**
         * @param value the token's hash (unsigned 32 bits)
         * @return this builder
         */
        public Builder setHash(int value) {
            this.hash = value;
            return this;
        }

        /** @return a new immutable {@code AnalyzerToken} holding this builder's values */
        public AnalyzerToken build() {
            return new AnalyzerToken(this);
        }
    }
}
