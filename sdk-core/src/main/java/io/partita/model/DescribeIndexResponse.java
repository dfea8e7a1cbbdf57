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
public final class DescribeIndexResponse extends StatusAnswer {
    private final List<IndexDescription> indexDescriptions;

    private DescribeIndexResponse(Builder b) {
        super(b.status);
        this.indexDescriptions = Collections.unmodifiableList(new ArrayList<>(b.indexDescriptions));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return one description per index on the collection (or only the requested one), in the server's order; unmodifiable, never {@code null} */
    public List<IndexDescription> getIndexDescriptionsList() {
        return indexDescriptions;
    }
    /** @return the number of index descriptions */
    public int getIndexDescriptionsCount() {
        return indexDescriptions.size();
    }
    /**
     * @param index zero-based position, below {@link #getIndexDescriptionsCount()}
     * @return the entry at {@code index}
     */
    public IndexDescription getIndexDescriptions(int index) {
        return indexDescriptions.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof DescribeIndexResponse)) return false;
        DescribeIndexResponse other = (DescribeIndexResponse) o;
        return Objects.equals(status, other.status) && Objects.equals(indexDescriptions, other.indexDescriptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, indexDescriptions);
    }

    @Override
    public String toString() {
        return "DescribeIndexResponse{" + "status=" + status + ", indexDescriptions=" + indexDescriptions + "}";
    }

    /** Builder for {@link DescribeIndexResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private List<IndexDescription> indexDescriptions = new ArrayList<>();

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
         * @param value appended to the index descriptions; must not be null
         * @return this builder
         */
        public Builder addIndexDescriptions(IndexDescription value) {
            this.indexDescriptions.add(Objects.requireNonNull(value, "indexDescriptions"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the index descriptions; none may be null
         * @return this builder
         */
        public Builder addAllIndexDescriptions(Iterable<? extends IndexDescription> values) {
            for (IndexDescription v : values) addIndexDescriptions(v);
            return this;
        }

        /** @return a new immutable {@code DescribeIndexResponse} holding this builder's values; the builder stays usable */
        public DescribeIndexResponse build() {
            return new DescribeIndexResponse(this);
        }
    }
}
