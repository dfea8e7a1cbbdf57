package io.partita.model;

import java.util.Objects;

/**
 * The answer to Search.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class SearchResults extends StatusAnswer {
    private final SearchResultData results;
    private final String collectionName;
    private final long sessionTs;

    private SearchResults(Builder b) {
        super(b.status);
        this.results = b.results;
        this.collectionName = b.collectionName;
        this.sessionTs = b.sessionTs;
    }

    /**
     * @return the snapshot timestamp the server answered an iterator's page with ({@code
     *     session_ts}, Milvus 2.4+); 0 for other searches and older servers
     */
    public long getSessionTs() {
        return sessionTs;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the search hits; {@code null} if the server sent none */
    public SearchResultData getResults() {
        return results;
    }
    /** @return whether the results message was set */
    public boolean hasResults() {
        return results != null;
    }
    /** @return the collection name */
    public String getCollectionName() {
        return collectionName;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof SearchResults)) return false;
        SearchResults other = (SearchResults) o;
        return Objects.equals(status, other.status)
                && Objects.equals(results, other.results)
                && Objects.equals(collectionName, other.collectionName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, results, collectionName);
    }

    @Override
    public String toString() {
        return "SearchResults{"
                + "status=" + status
                + ", results=" + results
                + ", collectionName=" + collectionName
                + "}";
    }

    /** Builder for {@link SearchResults}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private SearchResultData results;
        private String collectionName = "";
        private long sessionTs;

        private Builder() {}

        /**
         * @param value the iterator snapshot timestamp ({@code session_ts}); 0 for none
         * @return this builder
         */
        public Builder setSessionTs(long value) {
            this.sessionTs = value;
            return this;
        }

        /**
         * @param value the outcome of the call; must not be null
         * @return this builder
         */
        public Builder setStatus(Status value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }
        /**
         * @param value the search hits; must not be null
         * @return this builder
         */
        public Builder setResults(SearchResultData value) {
            this.results = Objects.requireNonNull(value, "results");
            return this;
        }
        /**
         * @param value the collection name; must not be null
         * @return this builder
         */
        public Builder setCollectionName(String value) {
            this.collectionName = Objects.requireNonNull(value, "collectionName");
            return this;
        }

        /** @return a new immutable {@code SearchResults} holding this builder's values; the builder stays usable */
        public SearchResults build() {
            return new SearchResults(this);
        }
    }
}
