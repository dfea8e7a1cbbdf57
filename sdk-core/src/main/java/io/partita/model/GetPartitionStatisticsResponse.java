package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to GetPartitionStatistics; {@code row_count} is the usual statistic.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class GetPartitionStatisticsResponse implements HasStatus {
    private final Status status;
    private final List<KeyValuePair> stats;

    private GetPartitionStatisticsResponse(Builder b) {
        this.status = b.status == null ? Status.success() : b.status;
        this.stats = Collections.unmodifiableList(new ArrayList<>(b.stats));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() { return new Builder(); }

    public Status getStatus() { return status; }
    public boolean hasStatus() { return status != null; }
    public List<KeyValuePair> getStatsList() { return stats; }
    public int getStatsCount() { return stats.size(); }
    public KeyValuePair getStats(int index) { return stats.get(index); }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof GetPartitionStatisticsResponse)) return false;
        GetPartitionStatisticsResponse other = (GetPartitionStatisticsResponse) o;
        return Objects.equals(status, other.status)
            && Objects.equals(stats, other.stats);
    }

    @Override
    public int hashCode() { return Objects.hash(status, stats); }

    @Override
    public String toString() {
        return "GetPartitionStatisticsResponse{"
            + "status=" + status
            + ", stats=" + stats
            + "}";
    }

    /** Builder for {@link GetPartitionStatisticsResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private List<KeyValuePair> stats = new ArrayList<>();

        private Builder() {}

        public Builder setStatus(Status value) { this.status = Objects.requireNonNull(value, "status"); return this; }
        public Builder addStats(KeyValuePair value) { this.stats.add(Objects.requireNonNull(value, "stats")); return this; }
        public Builder addAllStats(Iterable<? extends KeyValuePair> values) { for (KeyValuePair v : values) addStats(v); return this; }

        public GetPartitionStatisticsResponse build() { return new GetPartitionStatisticsResponse(this); }
    }
}
