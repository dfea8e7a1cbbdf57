package io.partita.model;

import java.util.Objects;

/**
 * What a server answers beside the hits of one search iterator v2 page (Milvus 2.5.2+): the
 * iteration's token and the score of the page's last hit, which the next page starts beyond.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 */
public final class SearchIteratorV2Results {
    private final String token;
    private final float lastBound;

    private SearchIteratorV2Results(Builder b) {
        this.token = b.token;
        this.lastBound = b.lastBound;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the iteration's token, which later pages send back as {@code search_iter_id}; empty for none */
    public String getToken() {
        return token;
    }

    /** @return the score of the page's last hit, which later pages send back as {@code search_iter_last_bound} */
    public float getLastBound() {
        return lastBound;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof SearchIteratorV2Results)) return false;
        SearchIteratorV2Results other = (SearchIteratorV2Results) o;
        return token.equals(other.token) && Float.compare(lastBound, other.lastBound) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(token, lastBound);
    }

    @Override
    public String toString() {
        return "SearchIteratorV2Results{token=" + token + ", lastBound=" + lastBound + "}";
    }

    /** Builder for {@link SearchIteratorV2Results}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private String token = "";
        private float lastBound;

        private Builder() {}

        /**
         * @param value the iteration's token; must not be null
         * @return this builder
         */
        public Builder setToken(String value) {
            this.token = Objects.requireNonNull(value, "token");
            return this;
        }

        /**
         * @param value the score of the page's last hit
         * @return this builder
         */
        public Builder setLastBound(float value) {
            this.lastBound = value;
            return this;
        }

        /** @return a new immutable {@code SearchIteratorV2Results} holding this builder's values; the builder stays usable */
        public SearchIteratorV2Results build() {
            return new SearchIteratorV2Results(this);
        }
    }
}
