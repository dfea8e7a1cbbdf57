package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to DescribeIndex.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class DescribeIndexResponse implements HasStatus {
    private final Status status;
    private final List<IndexDescription> indexDescriptions;

    private DescribeIndexResponse(Builder b) {
        this.status = b.status == null ? Status.success() : b.status;
        this.indexDescriptions = Collections.unmodifiableList(new ArrayList<>(b.indexDescriptions));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() { return new Builder(); }

    public Status getStatus() { return status; }
    public boolean hasStatus() { return status != null; }
    public List<IndexDescription> getIndexDescriptionsList() { return indexDescriptions; }
    public int getIndexDescriptionsCount() { return indexDescriptions.size(); }
    public IndexDescription getIndexDescriptions(int index) { return indexDescriptions.get(index); }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof DescribeIndexResponse)) return false;
        DescribeIndexResponse other = (DescribeIndexResponse) o;
        return Objects.equals(status, other.status)
            && Objects.equals(indexDescriptions, other.indexDescriptions);
    }

    @Override
    public int hashCode() { return Objects.hash(status, indexDescriptions); }

    @Override
    public String toString() {
        return "DescribeIndexResponse{"
            + "status=" + status
            + ", indexDescriptions=" + indexDescriptions
            + "}";
    }

    /** Builder for {@link DescribeIndexResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private List<IndexDescription> indexDescriptions = new ArrayList<>();

        private Builder() {}

        public Builder setStatus(Status value) { this.status = Objects.requireNonNull(value, "status"); return this; }
        public Builder addIndexDescriptions(IndexDescription value) { this.indexDescriptions.add(Objects.requireNonNull(value, "indexDescriptions")); return this; }
        public Builder addAllIndexDescriptions(Iterable<? extends IndexDescription> values) { for (IndexDescription v : values) addIndexDescriptions(v); return this; }

        public DescribeIndexResponse build() { return new DescribeIndexResponse(this); }
    }
}
