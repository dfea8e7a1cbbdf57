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
    public static Builder newBuilder() { return new Builder(); }

    public List<Long> getSourcesList() { return sources; }
    public int getSourcesCount() { return sources.size(); }
    public long getSources(int index) { return sources.get(index); }
    public long getTarget() { return target; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof CompactionMergeInfo)) return false;
        CompactionMergeInfo other = (CompactionMergeInfo) o;
        return Objects.equals(sources, other.sources)
            && Objects.equals(target, other.target);
    }

    @Override
    public int hashCode() { return Objects.hash(sources, target); }

    @Override
    public String toString() {
        return "CompactionMergeInfo{"
            + "sources=" + sources
            + ", target=" + target
            + "}";
    }

    /** Builder for {@link CompactionMergeInfo}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private List<Long> sources = new ArrayList<>();
        private long target = 0L;

        private Builder() {}

        public Builder addSources(long value) { this.sources.add(Objects.requireNonNull(value, "sources")); return this; }
        public Builder addAllSources(Iterable<? extends Long> values) { for (Long v : values) addSources(v); return this; }
        public Builder setTarget(long value) { this.target = value; return this; }

        public CompactionMergeInfo build() { return new CompactionMergeInfo(this); }
    }
}
