package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to GetCollectionStatistics; {@code row_count} is the usual statistic.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class GetCollectionStatisticsResponse extends StatusAnswer {
    private final List<KeyValuePair> stats;

    private GetCollectionStatisticsResponse(Builder b) {
        super(b.status);
        this.stats = Collections.unmodifiableList(new ArrayList<>(b.stats));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the statistics as key/value pairs (for example {@code row_count}), in the server's order; unmodifiable, never {@code null} */
    public List<KeyValuePair> getStatsList() {
        return stats;
    }
    /** @return the number of statistics entries */
    public int getStatsCount() {
        return stats.size();
    }
    /**
     * @param index zero-based position, below {@link #getStatsCount()}
     * @return the entry at {@code index}
     */
    public KeyValuePair getStats(int index) {
        return stats.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof GetCollectionStatisticsResponse)) return false;
        GetCollectionStatisticsResponse other = (GetCollectionStatisticsResponse) o;
        return Objects.equals(status, other.status) && Objects.equals(stats, other.stats);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, stats);
    }

    @Override
    public String toString() {
        return "GetCollectionStatisticsResponse{" + "status=" + status + ", stats=" + stats + "}";
    }

    /** Builder for {@link GetCollectionStatisticsResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private List<KeyValuePair> stats = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the outcome of the call; must not be null
         * @return this builder
         */
        public Builder setStatus(Status value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }
        /**
         * @param value appended to the statistics as key/value pairs (for example {@code row_count}); must not be null
         * @return this builder
         */
        public Builder addStats(KeyValuePair value) {
            this.stats.add(Objects.requireNonNull(value, "stats"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the statistics as key/value pairs (for example {@code row_count}); none may be null
         * @return this builder
         */
        public Builder addAllStats(Iterable<? extends KeyValuePair> values) {
            for (KeyValuePair v : values) addStats(v);
            return this;
        }

        /** @return a new immutable {@code GetCollectionStatisticsResponse} holding this builder's values; the builder stays usable */
        public GetCollectionStatisticsResponse build() {
            return new GetCollectionStatisticsResponse(this);
        }
    }
}
