package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to GetCompactionStateWithPlans.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class GetCompactionPlansResponse extends StatusAnswer {
    private final CompactionState state;
    private final List<CompactionMergeInfo> mergeInfos;

    private GetCompactionPlansResponse(Builder b) {
        super(b.status);
        this.state = b.state;
        this.mergeInfos = Collections.unmodifiableList(new ArrayList<>(b.mergeInfos));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the state of the compaction */
    public CompactionState getState() {
        return state;
    }
    /** @return whether the state message was set */
    public boolean hasState() {
        return state != null;
    }
    /** @return the merge plans of the compaction, in the server's order; unmodifiable, never {@code null} */
    public List<CompactionMergeInfo> getMergeInfosList() {
        return mergeInfos;
    }
    /** @return the number of merge plans of the compaction */
    public int getMergeInfosCount() {
        return mergeInfos.size();
    }
    /**
     * @param index zero-based position, below {@link #getMergeInfosCount()}
     * @return the entry at {@code index}
     */
    public CompactionMergeInfo getMergeInfos(int index) {
        return mergeInfos.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof GetCompactionPlansResponse)) return false;
        GetCompactionPlansResponse other = (GetCompactionPlansResponse) o;
        return Objects.equals(status, other.status)
                && Objects.equals(state, other.state)
                && Objects.equals(mergeInfos, other.mergeInfos);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, state, mergeInfos);
    }

    @Override
    public String toString() {
        return "GetCompactionPlansResponse{"
                + "status=" + status
                + ", state=" + state
                + ", mergeInfos=" + mergeInfos
                + "}";
    }

    /** Builder for {@link GetCompactionPlansResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private CompactionState state;
        private List<CompactionMergeInfo> mergeInfos = new ArrayList<>();

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
         * @param value the state of the compaction; must not be null
         * @return this builder
         */
        public Builder setState(CompactionState value) {
            this.state = Objects.requireNonNull(value, "state");
            return this;
        }
        /**
         * @param value appended to the merge plans of the compaction; must not be null
         * @return this builder
         */
        public Builder addMergeInfos(CompactionMergeInfo value) {
            this.mergeInfos.add(Objects.requireNonNull(value, "mergeInfos"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the merge plans of the compaction; none may be null
         * @return this builder
         */
        public Builder addAllMergeInfos(Iterable<? extends CompactionMergeInfo> values) {
            for (CompactionMergeInfo v : values) addMergeInfos(v);
            return this;
        }

        /** @return a new immutable {@code GetCompactionPlansResponse} holding this builder's values; the builder stays usable */
        public GetCompactionPlansResponse build() {
            return new GetCompactionPlansResponse(this);
        }
    }
}
