package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One compaction plan: the source segments merged into a target.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class CompactionMergeInfo {
    private final List<Long> sources;
    private final long target;

    private CompactionMergeInfo(Builder b) {
        this.sources = Collections.unmodifiableList(new ArrayList<>(b.sources));
        this.target = b.target;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the IDs of the segments merged by this plan, in the server's order; unmodifiable, never {@code null} */
    public List<Long> getSourcesList() {
        return sources;
    }
    /** @return the number of IDs of the segments merged by this plan */
    public int getSourcesCount() {
        return sources.size();
    }
    /**
     * @param index zero-based position, below {@link #getSourcesCount()}
     * @return the entry at {@code index}
     */
    public long getSources(int index) {
        return sources.get(index);
    }
    /** @return the ID of the segment the plan produces */
    public long getTarget() {
        return target;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof CompactionMergeInfo)) return false;
        CompactionMergeInfo other = (CompactionMergeInfo) o;
        return Objects.equals(sources, other.sources) && Objects.equals(target, other.target);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sources, target);
    }

    @Override
    public String toString() {
        return "CompactionMergeInfo{" + "sources=" + sources + ", target=" + target + "}";
    }

    /** Builder for {@link CompactionMergeInfo}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private List<Long> sources = new ArrayList<>();
        private long target = 0L;

        private Builder() {}

        /**
         * @param value appended to the IDs of the segments merged by this plan
         * @return this builder
         */
        public Builder addSources(long value) {
            this.sources.add(Objects.requireNonNull(value, "sources"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the IDs of the segments merged by this plan; none may be null
         * @return this builder
         */
        public Builder addAllSources(Iterable<? extends Long> values) {
            for (Long v : values) addSources(v);
            return this;
        }
        /**
         * @param value the ID of the segment the plan produces
         * @return this builder
         */
        public Builder setTarget(long value) {
            this.target = value;
            return this;
        }

        /** @return a new immutable {@code CompactionMergeInfo} holding this builder's values; the builder stays usable */
        public CompactionMergeInfo build() {
            return new CompactionMergeInfo(this);
        }
    }
}
